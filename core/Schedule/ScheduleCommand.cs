using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Schedule;

/// <summary>
/// /schedule: the office sets a village's visit (<c>/schedule 新庄村 1月15日 9:00 村委会议室</c>), clears it
/// (<c>/schedule 新庄村 clear</c> or <c>清除</c>), or lists the whole schedule (<c>/schedule</c>). Setting or changing a
/// visit tells the examiners and group leaders at once.
/// </summary>
public sealed class ScheduleCommand(VillageRoster roster, VisitSchedule schedule, ReminderSettings settings, TownClock town) : IChatCommand
{

    public string Name => "schedule";
    public IReadOnlyList<string> Words => ["日程"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeSchedule;

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        var period = turn.Period;
        if (args.Length == 0)
        {
            var visits = schedule.List(period.Id);
            var scheduled = visits.Select(v => v.VillageId).ToHashSet();
            var unscheduled = roster.All().Where(v => !scheduled.Contains(v.Id)).Select(v => v.Name).ToList();
            turn.SayLong(t.ScheduleList(period.Name, visits, unscheduled, settings.For(period.Id)));
            return;
        }
        var villages = roster.All();
        var (typed, rest) = Split(args);
        var match = NameMatch.Find(villages, v => v.Name, typed);
        // "新庄村1月15日 9:00": the village runs into the date.
        if (match.Kind == MatchKind.None && typed.IndexOfAny("0123456789０１２３４５６７８９".ToCharArray()) is > 0 and var at)
        {
            var joined = NameMatch.Find(villages, v => v.Name, typed[..at]);
            if (joined.Kind == MatchKind.Unique) (match, rest) = (joined, (typed[at..] + " " + rest).Trim());
        }
        if (match.Match is not { } village)
        {
            turn.Say(turn.Texts.VillageNotFound(match, typed, villages.Select(v => v.Name).ToList()) + "\n" + t.ScheduleUsage);
            return;
        }
        if (rest.Length == 0)
        {
            turn.Say(t.ScheduleOfVillage(village.Name, schedule.Find(period.Id, village.Id)));
            return;
        }
        if (TypedWords.Clear.Contains(rest, StringComparer.OrdinalIgnoreCase))
        {
            var cleared = schedule.Clear(turn.Actor, period.Id, village.Id);
            turn.Say(cleared.Ok ? t.VisitCleared(cleared.Previous!, cleared.Notified) : t.NoVisitToClear(village.Name));
            return;
        }
        var when = VisitText.Parse(rest, period.Name, town.Today);
        if (!when.Ok)
        {
            turn.Say(t.ScheduleProblem(when));
            return;
        }
        var outcome = schedule.Set(turn.Actor, period.Id, village.Id, when.Date, when.Time, when.Note);
        turn.Say(outcome switch
        {
            { Unchanged: true } => t.VisitUnchanged(outcome.Visit!),
            { Ok: true } => t.VisitSet(outcome.Visit!, outcome.Previous, outcome.Notified, outcome.SameTime ?? []),
            _ => t.ScheduleProblem(new VisitWhen(VisitTextProblem.NoteTooLong)),
        });
    }

    static (string First, string Others) Split(string args)
    {
        var words = args.Split((char[])[' ', '\u3000', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries);
        return (words.Length > 0 ? words[0] : "", words.Length > 1 ? words[1].Trim() : "");
    }
}
