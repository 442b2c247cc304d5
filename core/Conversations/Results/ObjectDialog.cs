using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Results;

/// <summary>The stored session of /object: the objection made, taking its evidence.</summary>
public sealed class ObjectSession
{
    public ObjectState State { get; set; } = ObjectState.Evidence;
    public int ObjectionId { get; set; }
}

public enum ObjectState
{
    Evidence,
    Done,
}

/// <summary>
/// /object ITEM REASON (申诉): a village's official objects to one item of their village's published result; the objection is
/// stored at once (or refused: a late one, an unknown item), then photos and files sent are its evidence until 完成.
/// </summary>
public sealed class ObjectDialog(Objections objections) : Dialog<ObjectSession>
{
    enum Trigger
    {
        Finish,
    }

    const string DoneData = "done";

    public override string Name => "object";
    public override IReadOnlyList<string> Words => ["申诉"];
    public override Role Requires => Role.Village;
    public override string Describe(Texts texts) => texts.DescribeObject;
    public override string Help(Texts texts) => texts.ObjectHelp;

    public override string Diagram() => MermaidGraph.Format(Build(new ObjectSession()).GetInfo());

    static StateMachine<ObjectState, Trigger> Build(ObjectSession s)
    {
        var m = new StateMachine<ObjectState, Trigger>(() => s.State, state => s.State = state);
        m.Configure(ObjectState.Evidence).Permit(Trigger.Finish, ObjectState.Done);
        return m;
    }

    protected override void Start(Turn turn, ObjectSession session, string args)
    {
        var words = args.Split(TypedText.Separators, 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            turn.Say(turn.Texts.ObjectUsage);
            turn.EndDialog();
            return;
        }
        var made = objections.Make(turn.Actor, turn.Member, turn.Period, words[0], words.Length > 1 ? words[1] : "");
        if (!made.Ok)
        {
            turn.Say(turn.Texts.ObjectRefused(made));
            turn.EndDialog();
            return;
        }
        session.ObjectionId = made.Objection!.Id;
        turn.Ask(turn.Texts.ObjectMade(made.Objection, objections.VillageName(made.Objection.VillageId)), DoneButton(turn));
    }

    protected override void OnText(Turn turn, ObjectSession session, string text)
    {
        if (TypedWords.Means(text, TypedWords.Done) || string.Equals(text.Trim(), turn.Texts.ObjectDoneLabel, StringComparison.OrdinalIgnoreCase)) Finish(turn, session);
        else Prompt(turn, session);
    }

    protected override void OnButton(Turn turn, ObjectSession session, string data)
    {
        if (data == DoneData) Finish(turn, session);
        else
        {
            turn.Say(turn.Texts.ButtonExpired);
            Prompt(turn, session);
        }
    }

    protected override void OnFile(Turn turn, ObjectSession session, ChatFile file)
    {
        var added = objections.AddEvidence(turn.Actor, session.ObjectionId, file);
        if (added.Ok) turn.Ask(turn.Texts.ObjectEvidenceAdded(added.Objection!.Evidence[^1].FileName, added.Objection.Evidence.Count), DoneButton(turn));
        else if (added.Refusal == ObjectionRefusal.FileRefused)
        {
            turn.Say(turn.Texts.FileRefused(added.FileRefusal, file.FileName, file.Content.LongLength, 0));
            Prompt(turn, session);
        }
        else Finish(turn, session);
    }

    protected override void Back(Turn turn, ObjectSession session)
    {
        turn.Say(turn.Texts.AlreadyFirstStep);
        Prompt(turn, session);
    }

    protected override void Prompt(Turn turn, ObjectSession session) => turn.Ask(turn.Texts.ObjectHelp, DoneButton(turn));

    void Finish(Turn turn, ObjectSession session)
    {
        Build(session).Fire(Trigger.Finish);
        if (objections.Find(session.ObjectionId) is { } doc) turn.Say(turn.Texts.ObjectDone(doc));
        turn.EndDialog();
    }

    static IEnumerable<IEnumerable<(string, string)>> DoneButton(Turn turn) => [[(turn.Texts.ObjectDoneLabel, DoneData)]];
}
