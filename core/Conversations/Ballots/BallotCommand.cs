using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Conversations.Ballots;

/// <summary>
/// /ballot, the democratic evaluation at a village meeting, for examiners and the group leader:
/// <c>/ballot 新庄村 35</c> opens it and answers with the A4 pages of slips; <c>/ballot 新庄村</c> shows the count;
/// <c>/ballot 新庄村 add 10</c> adds slips; <c>/ballot 新庄村 close</c> closes it and, for an examiner, proposes the scores
/// (<see cref="BallotScoreDialog"/>). Drawing the slips happens inside the update's transaction: it is done once per
/// village and takes about a tenth of a second a page.
/// </summary>
public sealed class BallotCommand(VillageRoster roster, BallotBook book, BallotLinks links, BallotScoreDialog scores, BallotPolicies policies) : IChatCommand
{
    /// <summary>What may be shown of the ballot under its period's policy (only the turnout while it is open).</summary>
    BallotShown Shown(Turn turn, BallotDoc ballot) => new(ballot, policies.For(turn.Period.Id));

    public string Name => "ballot";
    public IReadOnlyList<string> Words => ["测评"];

    /// <summary>Examiners or the group leader: checked in <see cref="Run"/>, as a command names one role only.</summary>
    public Role? Requires => null;

    public string Describe(Texts texts) => texts.DescribeBallot;

    public static bool MayRun(MemberDoc member) => member.Has(Role.Examiner) || member.Has(Role.GroupLeader);

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        if (!MayRun(turn.Member))
        {
            turn.Say(t.BallotNotAllowed);
            return;
        }
        var words = args.Split((char[])[' ', '\u3000', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            var ballots = book.InPeriod(turn.Period.Id)
                .Select(b => (Village: roster.Find(b.VillageId)?.Name, Ballot: b))
                .Where(b => b.Village is not null).Select(b => (b.Village!, Shown(turn, b.Ballot))).ToList();
            turn.Say((ballots.Count == 0 ? t.BallotNoneInPeriod : t.BallotList(ballots)) + "\n\n" + t.BallotUsage);
            return;
        }

        var (action, villageWords, count) = Parse(words);
        var typed = string.Join(" ", villageWords);
        var villages = roster.All();
        var match = NameMatch.Find(villages, v => v.Name, typed);
        if (typed.Length == 0 || match.Match is not { } village)
        {
            turn.Say(turn.Texts.VillageNotFound(match, typed, villages.Select(v => v.Name).ToList()) + "\n\n" + t.BallotUsage);
            return;
        }
        switch (action)
        {
            case Action.Open: Open(turn, village, count); break;
            case Action.Add: Add(turn, village, count); break;
            case Action.Close: Close(turn, village); break;
            default: Show(turn, village); break;
        }
    }

    enum Action { Show, Open, Add, Close }

    /// <summary>The last words say what to do: a number (open), "add N", "close"; the words before them name the village.</summary>
    static (Action Action, string[] Village, int? Count) Parse(string[] words)
    {
        var last = words[^1];
        if (TypedWords.CloseBallot.Contains(last, StringComparer.OrdinalIgnoreCase)) return (Action.Close, words[..^1], null);
        if (words.Length >= 2 && TypedWords.AddSlips.Contains(words[^2], StringComparer.OrdinalIgnoreCase)) return (Action.Add, words[..^2], Number(last));
        if (TypedWords.AddSlips.Contains(last, StringComparer.OrdinalIgnoreCase)) return (Action.Add, words[..^1], null);
        var normalized = Points.Normalize(last);
        if (words.Length >= 2 && normalized.Length > 0 && normalized.All(c => char.IsAsciiDigit(c) || c is '.' or '-'))
            return (Action.Open, words[..^1], Number(last));
        return (Action.Show, words, null);
    }

    /// <summary>A whole number of slips, or null (not a number, a fraction, too large to be one).</summary>
    static int? Number(string word) => int.TryParse(Points.Normalize(word), out var n) ? n : null;

    void Open(Turn turn, VillageDoc village, int? count)
    {
        var t = turn.Texts;
        if (count is not { } n)
        {
            turn.Say(t.BallotBadCount(BallotBook.MaxSlips));
            return;
        }
        var outcome = book.Open(turn.Actor, turn.Period, village.Id, n);
        switch (outcome.Refusal)
        {
            case BallotRefusal.None:
                var pages = SlipSheet.Pages(village.Name, outcome.NewCodes!, links);
                turn.Say(t.BallotOpened(village.Name, outcome.Ballot!, pages.Count, links.TypeInPage));
                SendPages(turn, village.Name, pages, 1);
                break;
            case BallotRefusal.AlreadyExists:
                turn.Say(outcome.Ballot!.Closed ? t.BallotAlreadyClosed(village.Name, Shown(turn, outcome.Ballot)) : t.BallotAlreadyOpen(village.Name, Shown(turn, outcome.Ballot)));
                break;
            case BallotRefusal.BadCount:
                turn.Say(t.BallotBadCount(BallotBook.MaxSlips));
                break;
            default:
                turn.Say(t.VillageGone);
                break;
        }
    }

    void Add(Turn turn, VillageDoc village, int? count)
    {
        var t = turn.Texts;
        if (book.ForVillage(turn.Period.Id, village.Id) is not { } ballot)
        {
            turn.Say(t.BallotNone(village.Name));
            return;
        }
        if (ballot.Closed)
        {
            turn.Say(t.BallotAlreadyClosed(village.Name, Shown(turn, ballot)));
            return;
        }
        var first = ballot.Issued + 1;
        var outcome = count is { } n ? book.AddSlips(turn.Actor, ballot.Id, n) : new BallotOutcome(BallotRefusal.BadCount, ballot);
        switch (outcome.Refusal)
        {
            case BallotRefusal.None:
                var pages = SlipSheet.Pages(village.Name, outcome.NewCodes!, links, first);
                turn.Say(t.BallotAdded(village.Name, outcome.NewCodes!.Count, Shown(turn, outcome.Ballot!), pages.Count));
                SendPages(turn, village.Name, pages, first);
                break;
            case BallotRefusal.Closed:
                turn.Say(t.BallotAlreadyClosed(village.Name, Shown(turn, outcome.Ballot!)));
                break;
            default:
                turn.Say(t.BallotBadAddCount(BallotBook.MaxSlips - ballot.Issued, ballot));
                break;
        }
    }

    void Close(Turn turn, VillageDoc village)
    {
        var t = turn.Texts;
        if (book.ForVillage(turn.Period.Id, village.Id) is not { } ballot)
        {
            turn.Say(t.BallotNone(village.Name));
            return;
        }
        var outcome = book.Close(turn.Actor, ballot.Id);
        var shown = Shown(turn, outcome.Ballot ?? ballot);
        turn.Say(outcome.Ok ? t.BallotClosedNow(village.Name, shown) : t.BallotAlreadyClosed(village.Name, shown));
        // Too few votes: no grade is shown and no score proposed (the closing message says so); none at all is said as before.
        if (!shown.TooFewVotes || shown.Cast == 0) OfferScores(turn, village);
    }

    void Show(Turn turn, VillageDoc village)
    {
        if (book.ForVillage(turn.Period.Id, village.Id) is not { } ballot)
        {
            turn.Say(turn.Texts.BallotNone(village.Name));
            return;
        }
        var shown = Shown(turn, ballot);
        turn.Say(turn.Texts.BallotStatus(village.Name, shown));
        if (shown.GradesShown && ballot.Cast > 0) turn.Say(turn.Texts.BallotCloseAsksExaminer(village.Name));
    }

    /// <summary>An examiner is asked to confirm the proposed scores at once; anyone else is told who does it.</summary>
    void OfferScores(Turn turn, VillageDoc village)
    {
        if (scores.Allows(turn.Member)) scores.Offer(turn, village);
        else turn.Say(turn.Texts.BallotCloseAsksExaminer(village.Name));
    }

    void SendPages(Turn turn, string village, IReadOnlyList<byte[]> pages, int first)
    {
        // As documents, not photos: a chat app recompresses photos, and the slips must print sharp.
        for (var p = 0; p < pages.Count; p++)
            turn.Send(new DocumentReply(pages[p], turn.Texts.BallotSlipsFileName(village, first + p * SlipSheet.PerPage, p + 1),
                turn.Texts.BallotSlipsCaption(village, p + 1, pages.Count)));
    }
}
