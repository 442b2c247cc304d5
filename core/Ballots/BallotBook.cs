using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Ballots;

public enum BallotRefusal
{
    None,
    UnknownVillage,
    UnknownBallot,
    /// <summary>The village already has a ballot in this period (open or closed).</summary>
    AlreadyExists,
    /// <summary>Slips must number 1 to <see cref="BallotBook.MaxSlips"/> in all.</summary>
    BadCount,
    Closed,
}

public sealed record BallotOutcome(BallotRefusal Refusal, BallotDoc? Ballot = null, IReadOnlyList<string>? NewCodes = null)
{
    public bool Ok => Refusal == BallotRefusal.None;
}

public enum VoteOutcome
{
    Counted,
    UnknownCode,
    AlreadyUsed,
    BallotClosed,
    BadGrade,
}

/// <summary>
/// Opens, extends and closes ballots (each audited, naming who) and counts votes. A vote is one transaction: the code is unused and its ballot
/// open → the slip is marked used and one grade counted; then the database is checkpointed so that the log file never
/// keeps the page images that would show which slip changed together with which count.
/// </summary>
public sealed class BallotBook
{
    public const int MaxSlips = 500;

    readonly AppraisalStore store;
    readonly TimeProvider clock;

    public BallotBook(AppraisalStore store, TimeProvider clock)
    {
        this.store = store;
        this.clock = clock;
    }

    BallotStore Docs => store.Ballots;

    public BallotDoc? Find(int ballotId) => Docs.Ballots.FindById(ballotId);

    /// <summary>The village's ballot in the period, if one was opened.</summary>
    public BallotDoc? ForVillage(int periodId, int villageId) =>
        Docs.Ballots.FindOne(b => b.PeriodId == periodId && b.VillageId == villageId);

    /// <summary>A village's ballot with its period's policy, as the sheet shows it; null without a ballot.</summary>
    public BallotTally? Tally(int periodId, int villageId) => BallotTally.For(store, periodId, villageId);

    public IReadOnlyList<BallotDoc> InPeriod(int periodId) => Docs.Ballots.Find(b => b.PeriodId == periodId).OrderBy(b => b.Id).ToList();

    /// <summary>
    /// Every code of the ballot in the order issued (the order the slips are printed). By the slip's number: the index
    /// returns slips of one ballot in no fixed order (it changed after slips were added).
    /// </summary>
    public IReadOnlyList<string> Codes(int ballotId) =>
        Docs.Slips.Find(s => s.BallotId == ballotId).OrderBy(s => s.Number).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id).ToList();

    public BallotOutcome Open(Actor actor, PeriodView period, int villageId, int slips) =>
        store.Write(() =>
        {
            if (store.Setup.Villages.FindById(villageId) is null) return new BallotOutcome(BallotRefusal.UnknownVillage);
            if (ForVillage(period.Id, villageId) is { } existing) return new BallotOutcome(BallotRefusal.AlreadyExists, existing);
            if (slips < 1 || slips > MaxSlips) return new BallotOutcome(BallotRefusal.BadCount);
            var ballot = new BallotDoc
            {
                PeriodId = period.Id, VillageId = villageId, OpenedBy = actor.MemberId, OpenedByName = actor.Name,
                OpenedAt = clock.GetUtcNow().UtcDateTime,
            };
            Docs.Ballots.Insert(ballot);
            var codes = Issue(ballot, slips);
            Audit(actor, ballot, AuditActions.BallotOpened, null, ballot.Issued, AuditTexts.BallotAuditOpened(slips));
            return new BallotOutcome(BallotRefusal.None, ballot, codes);
        });

    /// <summary>Adds slips to an open ballot, up to <see cref="MaxSlips"/> in all.</summary>
    public BallotOutcome AddSlips(Actor actor, int ballotId, int slips) =>
        store.Write(() =>
        {
            if (Find(ballotId) is not { } ballot) return new BallotOutcome(BallotRefusal.UnknownBallot);
            if (ballot.Closed) return new BallotOutcome(BallotRefusal.Closed, ballot);
            if (slips < 1 || ballot.Issued + slips > MaxSlips) return new BallotOutcome(BallotRefusal.BadCount, ballot);
            var before = ballot.Issued;
            var codes = Issue(ballot, slips);
            Audit(actor, ballot, AuditActions.BallotSlipsAdded, before, ballot.Issued, AuditTexts.BallotAuditSlipsAdded(slips, ballot.Issued));
            return new BallotOutcome(BallotRefusal.None, ballot, codes);
        });

    public BallotOutcome Close(Actor actor, int ballotId) =>
        store.Write(() =>
        {
            if (Find(ballotId) is not { } ballot) return new BallotOutcome(BallotRefusal.UnknownBallot);
            if (ballot.Closed) return new BallotOutcome(BallotRefusal.Closed, ballot);
            ballot.Closed = true;
            ballot.ClosedByName = actor.Name;
            ballot.ClosedAt = clock.GetUtcNow().UtcDateTime;
            Docs.Ballots.Update(ballot);
            Audit(actor, ballot, AuditActions.BallotClosed, null, ballot.Cast, AuditTexts.BallotAuditClosed(ballot.Cast, ballot.Issued));
            return new BallotOutcome(BallotRefusal.None, ballot);
        });

    /// <summary>
    /// Who opened, extended or closed the ballot, in the audit trail. Slips and votes only as numbers: no code and no
    /// grade is written there (the file keeps no link between them).
    /// </summary>
    void Audit(Actor actor, BallotDoc ballot, string action, decimal? old, decimal? @new, string detail) =>
        store.Audit.Add(ScoreBook.Entry(actor, ballot.PeriodId, ballot.VillageId, clock.GetUtcNow().UtcDateTime, action,
            old: old, @new: @new, detail: AuditTexts.BallotAuditDetail(ballot.Id, detail)));

    /// <summary>The audit trail is written in the office's language, whoever acted.</summary>
    static readonly Texts AuditTexts = Texts.Zh;

    /// <summary>What a slip's code stands for now, without voting: unknown, used, closed, or open (Counted).</summary>
    public (VoteOutcome State, BallotDoc? Ballot) Look(string code)
    {
        if (Docs.Slips.FindById(code) is not { } slip) return (VoteOutcome.UnknownCode, null);
        var ballot = TownScope.In(TownOf(slip), () => Find(slip.BallotId));
        if (slip.Used) return (VoteOutcome.AlreadyUsed, ballot);
        if (ballot is null || ballot.Closed) return (VoteOutcome.BallotClosed, ballot);
        return (VoteOutcome.Counted, ballot);
    }

    /// <summary>Casts one vote; anything but <see cref="VoteOutcome.Counted"/> changes nothing.</summary>
    public VoteOutcome Vote(string code, BallotGrade? grade)
    {
        if (grade is not { } g || !Enum.IsDefined(g)) return VoteOutcome.BadGrade;
        // The voter belongs to no town: the slip says whose ballot it is.
        using var town = TownScope.Enter(Docs.Slips.FindById(code) is { } known ? TownOf(known) : TownScope.Current);
        return store.Write(() =>
        {
            var (state, ballot) = Look(code);
            if (state != VoteOutcome.Counted) return state;
            var slip = Docs.Slips.FindById(code)!;
            slip.Used = true;
            Docs.Slips.Update(slip);
            ballot!.Counts[(int)g]++;
            ballot.Cast++;
            Docs.Ballots.Update(ballot);
            store.Checkpoint();
            return VoteOutcome.Counted;
        });
    }

    // Slips written before towns carry none: they are the default town's.
    static int TownOf(SlipDoc slip) => slip.TownId == 0 ? TownScope.DefaultTownId : slip.TownId;

    List<string> Issue(BallotDoc ballot, int slips)
    {
        var codes = new List<string>(slips);
        while (codes.Count < slips)
        {
            var code = BallotCodes.New();
            // Ids are unique: a code drawn twice (anywhere, in any ballot) is drawn again.
            if (Docs.Slips.FindById(code) is not null || codes.Contains(code)) continue;
            codes.Add(code);
        }
        Docs.Slips.InsertBulk(codes.Select((c, i) => new SlipDoc { Id = c, BallotId = ballot.Id, TownId = ballot.TownId, Number = ballot.Issued + i + 1 }));
        ballot.Issued += slips;
        Docs.Ballots.Update(ballot);
        return codes;
    }
}
