using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
using ChatAppraisal.Bot.Web.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// A village's sheet: the categories with their items, scores, who entered them and when; the seal, checked; (admin)
/// reopening. Its democratic evaluation (民主测评): the tally and, once closed, the proposed scores; in the active period an
/// admin opens it, prints the slips, adds slips, closes it and uses the proposed scores (<see cref="BallotScores"/>).
/// </summary>
public sealed class SheetModel(CurrentMember current, Periods periods, Sheets sheets, Attachments attachments,
    BallotBook ballots, BallotLinks links, BallotScores ballotScores, StandingsQuery standings) : ConsolePage(current)
{
    /// <summary>The village's final at its seal and now, when a leader's rating changed it after the seal (else null).</summary>
    public (decimal AtSeal, decimal Now)? ChangedAfterSeal { get; private set; }

    public Sheet Sheet { get; private set; } = null!;

    /// <summary>The village's democratic evaluation in this period with its policy (null: none).</summary>
    public BallotTally? Ballot { get; private set; }

    /// <summary>A closed ballot's proposed scores, or why none can be stored (null while open or absent).</summary>
    public BallotScoreCheck? Proposal { get; private set; }

    /// <summary>The sheet is of the active period: only there is a ballot opened, closed or scored.</summary>
    public bool InActivePeriod { get; private set; }

    /// <summary>An admin in the active period: the ballot's forms are shown.</summary>
    public bool MayRunBallot => IsAdmin && InActivePeriod;

    /// <summary>Slips as typed (a text box, so a refusal can name the field rather than the browser refusing silently).</summary>
    [BindProperty] public string? Slips { get; set; }

    /// <summary>The proposal as it was shown (<see cref="BallotProposal.Fingerprint"/>): what is stored is what was seen.</summary>
    [BindProperty] public string? Shown { get; set; }

    /// <summary>After adding slips: the first new slip, so the new ones are offered for printing on their own.</summary>
    [BindProperty(SupportsGet = true, Name = "from")] public int? NewFrom { get; set; }

    /// <summary>
    /// Page <paramref name="pageNo"/> of the ballot's printable slips (A4 PNG, as the chat sends them) from slip <paramref name="from"/>
    /// on; admin only. (Not "page": Razor Pages keeps that route value for the page's own name.)
    /// </summary>
    public IActionResult OnGetSlips(int id, int pageNo, int from = 1)
    {
        if (!IsAdmin) return NeedsRole(Role.Admin); // the slips are the votes: the office reads the tally, not the codes
        if (!Load(id) || Ballot is not { } tally) return NotFound();
        var codes = ballots.Codes(tally.Ballot.Id);
        if (from < 1 || from > codes.Count) return NotFound();
        var batch = codes.Skip(from - 1).ToList();
        if (pageNo < 1 || pageNo > SlipSheet.PageCount(batch.Count)) return NotFound();
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        return File(SlipSheet.PageOf(Sheet.Village.Name, batch, links, pageNo, from), "image/png",
            Current.Texts.BallotSlipsFileName(Sheet.Village.Name, from + (pageNo - 1) * SlipSheet.PerPage, pageNo));
    }

    /// <summary>An attachment of this sheet, for download; only one the sheet lists.</summary>
    public IActionResult OnGetAttachment(int id, long attachment)
    {
        if (!Load(id) || Sheet.Attachments.All(a => a.Id != attachment) || attachments.Find(attachment) is not { Pending: false } doc) return NotFound();
        return File(attachments.OpenRead(doc), doc.ContentType, doc.FileName);
    }

    [BindProperty(SupportsGet = true, Name = "period")] public int? PeriodId { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet(int id) => Load(id) ? Page() : NotFound();

    public IActionResult OnPostReopen(int id)
    {
        if (!Load(id)) return NotFound();
        switch (sheets.Unseal(Actor, Sheet.Period, id, Reason ?? ""))
        {
            case SealRefusal.None:
                Done = W.Reopened(Sheet.Village.Name);
                return RedirectToPage(new { id, period = Sheet.Period.Id });
            case SealRefusal.ReasonRequired:
                Refusal = W.ReasonRequired;
                return Page();
            case SealRefusal.NotSealed:
                Refusal = W.NotSealedAnyMore;
                return Page();
            default:
                return NotFound();
        }
    }

    public IActionResult OnPostOpenBallot(int id)
    {
        if (!LoadActive(id)) return NotFound();
        if (Whole(Slips) is not { } slips) return Refuse(W.BadSlips(BallotBook.MaxSlips));
        var outcome = ballots.Open(Actor, Sheet.Period, id, slips);
        return outcome.Refusal switch
        {
            BallotRefusal.None => Back(id, W.BallotOpened(Sheet.Village.Name, slips, SlipSheet.PageCount(slips))),
            BallotRefusal.AlreadyExists => Refuse(W.BallotExists(Sheet.Village.Name)),
            BallotRefusal.BadCount => Refuse(W.BadSlips(BallotBook.MaxSlips)),
            _ => NotFound(),
        };
    }

    public IActionResult OnPostAddSlips(int id)
    {
        if (!LoadActive(id)) return NotFound();
        if (Ballot?.Ballot is not { } ballot) return Refuse(W.NoBallot(Sheet.Village.Name));
        if (ballot.Closed) return Refuse(W.BallotAlreadyClosed(Sheet.Village.Name));
        var room = BallotBook.MaxSlips - ballot.Issued;
        if (room == 0) return Refuse(W.SlipsFull(ballot.Issued));
        if (Whole(Slips) is not { } slips) return Refuse(W.BadMoreSlips(room, ballot.Issued));
        var first = ballot.Issued + 1;
        var outcome = ballots.AddSlips(Actor, ballot.Id, slips);
        return outcome.Refusal switch
        {
            BallotRefusal.None => Back(id, W.SlipsAdded(slips, outcome.Ballot!.Issued), from: first),
            BallotRefusal.Closed => Refuse(W.BallotAlreadyClosed(Sheet.Village.Name)),
            BallotRefusal.BadCount => Refuse(W.BadMoreSlips(room, ballot.Issued)),
            _ => NotFound(),
        };
    }

    public IActionResult OnPostCloseBallot(int id, bool force)
    {
        if (!LoadActive(id)) return NotFound();
        if (Ballot?.Ballot is not { } ballot) return Refuse(W.NoBallot(Sheet.Village.Name));
        // A tap during the meeting cannot be undone: with slips still out, ask once more.
        if (!force && !ballot.Closed && ballot.Cast < ballot.Issued)
        {
            ConfirmClose = true;
            return Refuse(W.CloseWithSlipsOut(ballot.Issued - ballot.Cast, ballot.Cast, ballot.Issued));
        }
        var outcome = ballots.Close(Actor, ballot.Id);
        return outcome.Refusal switch
        {
            BallotRefusal.None => Back(id, W.BallotClosedNow(Sheet.Village.Name)),
            BallotRefusal.Closed => Refuse(W.BallotAlreadyClosed(Sheet.Village.Name)),
            _ => NotFound(),
        };
    }

    /// <summary>采用建议得分: the closed ballot's proposal, as shown, stored as /ballotscore stores it (the admin named, channel web).</summary>
    public IActionResult OnPostUseProposal(int id)
    {
        if (!LoadActive(id)) return NotFound();
        var village = Sheet.Village.Name;
        var stored = ballotScores.Store(Actor, Sheet.Period, id, Shown);
        return stored.Refusal switch
        {
            BallotScoreRefusal.None => Back(id, W.ProposalUsed(village)),
            BallotScoreRefusal.Changed => Refuse(W.ProposalChanged),
            BallotScoreRefusal.Sealed => Refuse(Texts.For(Lang).ScoreRefused(new ScoreOutcome(ScoreRefusal.Sealed, stored.Seal), village)),
            BallotScoreRefusal.Published => Refuse(Texts.For(Lang).ScoreRefused(new ScoreOutcome(ScoreRefusal.Published), village)),
            BallotScoreRefusal.NoBallot => Refuse(W.NoBallot(village)),
            BallotScoreRefusal.NotClosed => Refuse(W.BallotStillOpen(village)),
            BallotScoreRefusal.NoVotes => Refuse(W.NoVotesCast),
            BallotScoreRefusal.TooFewVotes => Refuse(W.TooFewVotes(stored.Ballot!.Cast, stored.Policy!.MinimumVotes)),
            BallotScoreRefusal.NoItems => Refuse(Current.Texts.BallotMissingItems(stored.Proposal!.Missing)),
            _ => NotFound(),
        };
    }

    /// <summary>A whole number as typed (full-width digits too), or null.</summary>
    static int? Whole(string? typed) =>
        int.TryParse(Points.Normalize(typed ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The sheet of the active period: a ballot changes only there, whatever period the form was shown for.</summary>
    bool LoadActive(int id)
    {
        PeriodId = null;
        return Load(id);
    }

    IActionResult Back(int id, string done, int? from = null)
    {
        Done = done;
        return RedirectToPage(new { id, from });
    }

    /// <summary>结束测评 was pressed with slips still out: the page asks to confirm (仍然结束测评).</summary>
    public bool ConfirmClose { get; private set; }

    IActionResult Refuse(string refusal)
    {
        Refusal = refusal;
        return Page();
    }

    bool Load(int id)
    {
        var active = periods.Active();
        var period = PeriodId is { } p ? periods.Find(p) : active;
        if (period is null || sheets.Load(period, id) is not { } sheet) return false;
        Sheet = sheet;
        if (sheet.Seal is { FinalAtSeal: { } atSeal }
            && standings.FinalOf(period, id) is var now && Points.Round2(now) != Points.Round2(atSeal))
            ChangedAfterSeal = (atSeal, now);
        InActivePeriod = period.Id == active.Id;
        Ballot = ballots.Tally(period.Id, id);
        Proposal = Ballot is { Ballot.Closed: true } ? ballotScores.Check(period, id) : null;
        return true;
    }
}
