using ChatAppraisal.Members;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Schedule;

/// <summary>
/// /remind off and /remind on: anyone pauses their reminders for the rest of the day, or resumes them. /remind alone
/// (office): everyone who owes something is reminded now, and the office reads who got what. /remind due DATE (office):
/// the leaders' rating deadline.
/// </summary>
public sealed class RemindCommand(ReminderSender sender, ReminderSettings settings, ReminderWakeup wakeup, TownClock town) : IChatCommand
{
    public string Name => "remind";
    public IReadOnlyList<string> Words => ["提醒"];
    public Role? Requires => null;
    public string Describe(Texts texts) => texts.DescribeRemind;

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        var words = args.Split((char[])[' ', '\u3000', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries);
        var verb = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        switch (verb)
        {
            case "":
                if (!Office(turn)) return;
                turn.SayLong(t.RemindReport(sender.RemindNow()));
                return;
            case var off when TypedWords.Off.Contains(off):
                settings.Pause(turn.Member.Id, town.Today);
                turn.Say(t.RemindPaused);
                return;
            case var on when TypedWords.On.Contains(on):
                turn.Say(t.RemindResumed(settings.Resume(turn.Member.Id, town.Today)));
                return;
            case var due when TypedWords.Due.Contains(due):
                if (!Office(turn)) return;
                Due(turn, words.Length > 1 ? words[1].Trim() : "");
                return;
            default:
                turn.Say(t.RemindUsage);
                return;
        }
    }

    void Due(Turn turn, string text)
    {
        var t = turn.Texts;
        DateOnly? due = null;
        if (!TypedWords.Means(text, TypedWords.Clear))
        {
            var day = VisitText.ParseDay(text, turn.Period.Name, town.Today);
            if (!day.Ok)
            {
                turn.Say(t.ScheduleProblem(day) + "\n" + t.RemindUsage);
                return;
            }
            due = day.Date;
        }
        settings.SetDueBy(turn.Actor, turn.Period.Id, due);
        wakeup.Pulse();
        turn.Say(t.RemindDueSet(due, settings.For(turn.Period.Id)));
    }

    static bool Office(Turn turn)
    {
        if (turn.Member.Has(Role.Office)) return true;
        turn.Say(turn.Texts.NeedsRole("remind", Role.Office, turn.Member.Roles) + "\n" + turn.Texts.RemindUsage);
        return false;
    }
}
