using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Conversations.Results;

/// <summary>
/// /objections (申诉列表): the office sees the open objections and answers each: <c>/objections 3 采纳 13</c> (upheld, the item
/// rescored) or <c>/objections 3 驳回 REASON</c>.
/// </summary>
public sealed class ObjectionsCommand(Objections objections) : IChatCommand
{
    public string Name => "objections";
    public IReadOnlyList<string> Words => ["申诉列表"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeObjections;

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        var words = args.Split(TypedText.Separators, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            var open = objections.OfPeriod(turn.Period.Id, openOnly: true)
                .Select(o => (o, objections.VillageName(o.VillageId), turn.Period.Rubric.Categories[o.Category].Leaves[o.Item].Max)).ToList();
            turn.SayLong(t.ObjectionsList(open));
            return;
        }
        if (words.Length < 2 || !int.TryParse(Points.Normalize(words[0].TrimStart('#')), out var id))
        {
            turn.Say(t.ObjectionsUsage);
            return;
        }
        ObjectionOutcome outcome;
        if (TypedWords.Means(words[1], TypedWords.Uphold))
        {
            if (words.Length < 3 || Points.Parse(words[2].Split(TypedText.Separators)[0], decimal.MaxValue) is not { Ok: true } points)
            {
                turn.Say(t.ObjectionsUsage);
                return;
            }
            var note = words[2].Split(TypedText.Separators, 2, StringSplitOptions.RemoveEmptyEntries) is { Length: 2 } rest ? rest[1] : null;
            outcome = objections.Uphold(turn.Actor, turn.Period, id, points.Value, note);
        }
        else if (TypedWords.Means(words[1], TypedWords.Reject)) outcome = objections.Reject(turn.Actor, turn.Period, id, words.Length > 2 ? words[2] : null);
        else
        {
            turn.Say(t.ObjectionsUsage);
            return;
        }
        turn.Say(outcome switch
        {
            { Ok: true, Objection: { } o } => t.ObjectionDecided(o, objections.VillageName(o.VillageId)),
            { Refusal: ObjectionRefusal.OutOfRange, Objection: { } o } => t.ScoreRefused(new Appraisal.ScoreOutcome(Appraisal.ScoreRefusal.OutOfRange), objections.VillageName(o.VillageId)),
            { Refusal: ObjectionRefusal.AlreadyAnswered, Objection: { } o } => t.ObjectionDecided(o, objections.VillageName(o.VillageId)),
            _ => t.ObjectionsUsage,
        });
    }
}
