using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;
using ChatAppraisal.Reports;
using static ChatAppraisal.Reports.TextLayout;

namespace ChatAppraisal;

/// <summary>English texts, for members who chose /lang en. Category and village names stay as written in the plan.</summary>
public sealed partial class EnTexts
{
    const int ListMax = 30;
    public override string Cancel => "Cancel";
    public override string SignAndSeal => "Sign and seal";
    public override string SignAnyway => "Sign and seal anyway";
    public override string RatingCancelled => "Cancelled, nothing saved.";
    public override string SignCancelled => "Cancelled; the sheet is not signed and sealed.";

    public override string RatingHelp(Rubric rubric, string? exampleVillage = null)
    {
        var village = exampleVillage ?? "新庄村";
        return new StringBuilder()
            .AppendLine($"Leadership rating: one message per village, the village first, then {rubric.Categories.Count} numbers in this order:")
            .AppendLine($"{village} {string.Join(" ", RatingExample.Values(rubric).Select(Score))}")
            .AppendLine("Or put each category's alias before its number, in any order:")
            .AppendLine($"{village} {string.Join(" ", RatingExample.Values(rubric).Take(3).Select((v, i) => rubric.Categories[i].Alias + Score(v)))} …")
            .AppendLine("Separate numbers by spaces, commas, 、 or ；.")
            .Append(AliasTable(rubric))
            .ToString();
    }

    public override string RatingRefused(Rubric rubric, IReadOnlyList<RatingProblem> problems)
    {
        var sb = new StringBuilder("Nothing saved. Please fix and send again:\n");
        foreach (var problem in problems) sb.Append("• ").AppendLine(Problem(rubric, problem));
        if (problems.Any(RatingExample.IsAboutFormat)) sb.Append(AliasTable(rubric));
        return sb.ToString().TrimEnd();
    }

    string Problem(Rubric rubric, RatingProblem problem) => problem switch
    {
        RatingProblem.MissingVillage => $"Start the message with the village, e.g. 新庄村 {string.Join(" ", RatingExample.Values(rubric).Take(3).Select(Score))} …",
        RatingProblem.UnknownVillage p => p.Known.Count == 0
            ? $"There is no village \"{p.Typed}\"; no villages are registered yet."
            : $"There is no village \"{p.Typed}\". Villages: {List(p.Known, ", ", ListMax, n => $" and {n} more")}",
        RatingProblem.AmbiguousVillage p => $"\"{p.Typed}\" matches several villages: {string.Join(", ", p.Candidates)}. Please write the full name.",
        RatingProblem.WrongCount p => $"{p.Given} numbers given, {p.Needed} needed, in the order below.",
        RatingProblem.BadValue p => (p.Category is { } c ? Label(rubric.Categories[c]) + ": " : "") + p.Error switch
        {
            PointsError.Negative => $"a score cannot be negative ({p.Typed}).",
            PointsError.TooManyDecimals => $"at most 2 decimals ({p.Typed}).",
            PointsError.TooLong => "this number is too long to be a score.",
            _ => $"\"{p.Typed}\" is not a number.",
        },
        RatingProblem.AboveCap p => $"{Label(rubric.Categories[p.Category])} allows at most {Score(p.Cap)}, you gave {Score(p.Value)}.",
        RatingProblem.AboveEveryCap p => $"{Score(p.Value)} is above every category's cap (the highest is {Score(p.HighestCap)}).",
        RatingProblem.UnknownAlias p => $"\"{p.Typed}\" is not a category alias; use the aliases below.",
        RatingProblem.MissingValue p => $"{Label(rubric.Categories[p.Category])} has no number after it.",
        RatingProblem.NamedTwice p => $"{Label(rubric.Categories[p.Category])} is named twice.",
        RatingProblem.MissingCategories p => $"{p.Categories.Count} categories missing: {string.Join(", ", p.Categories.Select(c => rubric.Categories[c].Alias))}. Every category needs a score.",
        RatingProblem.UnnamedValues p => $"{string.Join(", ", p.Values)} without an alias. Either give {rubric.Categories.Count} numbers in order, or an alias before every number.",
        _ => problem.ToString(),
    };

    public override string RatingSummary(Rubric rubric, ParsedRating rating, EarlierRating? earlier)
    {
        var width = Longest(rating.Values.Select(Score));
        var sb = new StringBuilder($"Please check your rating of {rating.Village}:\n");
        for (var i = 0; i < rubric.Categories.Count; i++)
        {
            var c = rubric.Categories[i];
            sb.AppendLine($"{Right(Score(rating.Values[i]), width)}  {c.Name} (max {Score(c.LeaderCap)})");
        }
        sb.AppendLine($"Total {Score(rating.Total)} of {Score(rubric.LeaderCapTotal)}");
        if (earlier is not null) sb.AppendLine($"Replaces your rating of {Time(earlier.At)} (total {Score(earlier.Total)}).");
        sb.Append("Save it?");
        return sb.ToString();
    }

    public override string RatingSaved(string village, RatingSaved saved) => saved.Outcome.Refusal switch
    {
        ScoreRefusal.None => $"Saved: {village}, total {Score(saved.Total)}." +
            (saved.Replaced is { } r ? $"\nReplaced the rating of {Time(r.At)} (total {Score(r.Total)})." : ""),
        _ => ScoreRefused(saved.Outcome, village),
    };

    public override string MyRatings(MyRatings mine)
    {
        var all = mine.Rated.Count + mine.Missing.Count;
        if (all == 0) return "No villages are registered yet.";
        var sb = new StringBuilder($"{mine.Period} my ratings: {mine.Rated.Count} of {all} villages rated\n");
        var nameWidth = Widest(mine.Rated.Select(r => r.Village));
        var totalWidth = Longest(mine.Rated.Select(r => Score(r.Total)));
        foreach (var r in mine.Rated)
            sb.AppendLine($"{Name(r.Village, nameWidth)}  {Right(Score(r.Total), totalWidth)}  {Time(r.At)}");
        sb.Append(mine.Missing.Count == 0 ? "All rated." : $"Not rated ({mine.Missing.Count}): {string.Join(", ", mine.Missing)}");
        return sb.ToString();
    }

    public override string SignSummary(Sheet sheet)
    {
        var sb = new StringBuilder($"Sign and seal: {sheet.Village.Name} ({sheet.Period.Name})\n");
        AppendCategories(sb, sheet);
        AppendMissing(sb, sheet);
        var warnings = SheetFacts.Warnings(sheet);
        if (warnings.Count > 0)
        {
            sb.AppendLine("Warnings:");
            foreach (var w in warnings)
                sb.AppendLine($"{w.Category} items sum to {Score(w.ItemSum)}, " +
                    (sheet.Period.Policy.CapCategoryAtMax ? $"capped at {Score(w.Max)}." : "not capped this period."));
        }
        sb.Append("Once signed and sealed, the sheet cannot change; only an admin can reopen it, giving a reason.");
        return sb.ToString();
    }

    public override string SignSecondConfirmation(Sheet sheet) =>
        $"{sheet.Village.Name} still has {sheet.Missing} unscored item{(sheet.Missing == 1 ? "" : "s")}; they count as 0 and cannot be added once it is signed and sealed.\nSign and seal anyway?";

    public override string SheetSealed(Sheet sheet) => sheet.Seal is { } seal
        ? $"Signed and sealed: {sheet.Village.Name}\nSigned by {seal.SignedBy}, {Time(seal.SignedAt)}\nOn-site appraisal total {Score(sheet.Onsite)}, {sheet.ItemsScored}/{sheet.ItemCount} items scored\nFingerprint sha256:{Short(seal.Fingerprint)}"
        : $"The sheet of {sheet.Village.Name} is not signed and sealed.";

    public override string SealRefused(SealRefusal refusal, string village, SheetSeal? seal) => refusal switch
    {
        SealRefusal.None => $"Signed and sealed: {village}",
        SealRefusal.AlreadySealed => seal is null ? $"The sheet of {village} is already sealed." : $"The sheet of {village} was already signed and sealed by {seal.SignedBy} at {Time(seal.SignedAt)}.",
        SealRefusal.NotSealed => $"The sheet of {village} is not signed and sealed.",
        SealRefusal.ReasonRequired => "Reopening a sheet needs a reason.",
        SealRefusal.UnknownVillage => $"There is no village \"{village}\".",
        _ => refusal.ToString(),
    };

    public override string ScoreRefused(ScoreOutcome outcome, string village) => outcome.Refusal switch
    {
        ScoreRefusal.None => "Saved.",
        ScoreRefusal.Sealed => outcome.Seal is { } seal
            ? $"Not saved: the sheet of {village} was signed and sealed by {seal.SignedByName} at {Time(seal.SignedAt)} and cannot change. An admin can reopen it for a correction."
            : $"Not saved: the sheet of {village} is sealed and cannot change.",
        ScoreRefusal.UnknownVillage => $"Not saved: there is no village \"{village}\" (it may have just been removed).",
        ScoreRefusal.UnknownItem => "Not saved: the sheet has no such item.",
        ScoreRefusal.OutOfRange => "Not saved: the score is out of range (0 to the maximum, at most 2 decimals).",
        ScoreRefusal.Conflicted => $"Not saved: you work for {village} (包村干部) and may not score or rate it.",
        ScoreRefusal.ReasonTooLong => $"Not saved: a reason is at most {Reasons.MaxLength} characters.",
        ScoreRefusal.Published => "Not saved: the results are published, so on-site scores and leadership ratings are frozen. A village may object within the publication window; for any other correction an admin reopens the results (/reopen).",
        _ => outcome.Refusal.ToString(),
    };

    public override string Progress(ProgressReport report)
    {
        if (report.Villages.Count == 0) return $"{report.Period} progress: no villages are registered yet.";
        var sb = new StringBuilder($"{report.Period} progress ({Time(report.At)})\n")
            .AppendLine($"On-site appraisal: {report.ItemsScored}/{report.ItemsTotal} items scored")
            .AppendLine($"Signed and sealed: {report.SealedCount}/{report.Villages.Count} villages")
            .AppendLine($"Leadership ratings: {report.RatingsGiven}/{report.RatingsExpected}")
            .AppendLine()
            .AppendLine("[Villages] on-site items | leadership ratings | signed and sealed");
        var nameWidth = Widest(report.Villages.Select(v => v.Village));
        var scoredWidth = Longest(report.Villages.Select(v => v.ItemsScored.ToString()));
        foreach (var v in report.Villages)
        {
            var seal = v.Seal switch
            {
                null => "not sealed",
                { Valid: true } s => $"sealed ({s.SignedBy})",
                { } s => $"sealed ({s.SignedBy}) ‼️FINGERPRINT INVALID",
            };
            sb.AppendLine($"{Name(v.Village, nameWidth)}  {Right(v.ItemsScored.ToString(), scoredWidth)}/{v.ItemCount}  leadership {v.LeadersRated}/{v.LeadersExpected}  {seal}");
        }

        sb.AppendLine().AppendLine("[Examiners] started, not finished");
        if (report.Examiners.Count == 0) sb.AppendLine("(no examiners)");
        foreach (var e in report.Examiners)
        {
            var owes = e.ItemsEntered == 0 ? "nothing entered yet"
                : e.Unfinished.Count == 0 ? "nothing unfinished"
                : string.Join("; ", e.Unfinished.GroupBy(u => u.Village).Select(g =>
                    $"{g.Key} " + string.Join(", ", g.Select(u => $"{u.Name} {u.ItemsScored}/{u.ItemCount}"))));
            sb.AppendLine($"{e.Name}: {owes}");
        }

        sb.AppendLine().AppendLine("[Leadership members] villages not rated");
        if (report.Leaders.Count == 0) sb.AppendLine("(no leadership members)");
        foreach (var l in report.Leaders)
        {
            var owes = l.Missing.Count == 0 ? "all rated"
                : l.Rated == 0 ? $"nothing rated yet (0/{report.Villages.Count})"
                : $"{l.Missing.Count}: {string.Join(", ", l.Missing)}";
            sb.AppendLine($"{l.Name}: {owes}");
        }

        var unsealed = report.Unsealed;
        sb.AppendLine().Append(unsealed.Count == 0 ? "[To sign and seal] none" : $"[To sign and seal] {unsealed.Count}: {string.Join(", ", unsealed)}");
        return sb.ToString();
    }

    public override string Ranking(Standings standings)
    {
        var period = standings.Period;
        if (standings.Ranking.Count == 0) return $"{period.Name} ranking: no villages are registered yet.";
        var rows = standings.Ranking.Select(r => new
        {
            Rank = r.Rank.ToString(),
            r.Result.Village,
            Onsite = Scaled(r.Result.Onsite1000),
            Leader = Scaled(r.Result.Leader1000),
            Final = Scaled(r.Result.Final) + (r.Result.TrimmedFallbackToMean ? "*" : ""),
            Note = RankingAdjustments(r),
            Status = r.Result.Complete ? "complete" : $"incomplete {Percent(r.Result.Completion)}",
        }).ToList();
        int rank = Longest(rows.Select(r => r.Rank)), name = Widest(rows.Select(r => r.Village)),
            onsite = Longest(rows.Select(r => r.Onsite)), leader = Longest(rows.Select(r => r.Leader)), final = Longest(rows.Select(r => r.Final));
        var sb = new StringBuilder($"{period.Name} ranking ({Time(standings.ComputedAt)})\n")
            .AppendLine("rank | village | on-site appraisal | leadership rating | final score (1000 scale) | status");
        foreach (var r in rows)
            sb.AppendLine($"{Right(r.Rank, rank)}  {Name(r.Village, name)}  {Right(r.Onsite, onsite)}  {Right(r.Leader, leader)}  {Right(r.Final, final)}  {r.Status}{(r.Note.Length > 0 ? "  " + r.Note : "")}");
        if (rows.Any(r => r.Final.EndsWith('*')))
            sb.AppendLine("* fewer than 3 leadership members rated: the plain mean is used.");
        if (period.Rubric.Bonus is not null || period.Rubric.Deductions is not null || period.Rubric.Veto.Count > 0)
            sb.AppendLine($"+/− are the plan's bonus and deductions (in points of its on-site appraisal total {F(period.Rubric.MaxTotal)}, already in the final score); a village vetoed to the last place is listed last.");
        if (standings.Ranking.Where(r => r.Result.LeadersExcluded > 0).Select(r => (r.Result.Village, r.Result.LeadersExcluded)).ToList() is { Count: > 0 } excluded)
            sb.AppendLine(LeadersExcludedNote(excluded));
        if (standings.ChangesAfterSeal() is { Count: > 0 } changed)
            sb.AppendLine(ChangedAfterSealNote(changed));
        sb.Append(PolicyLine(period.Policy));
        return sb.ToString();
    }

    public override string Sheet(Sheet sheet, string? grade = null)
    {
        var sb = new StringBuilder();
        if (sheet.Seal is { Valid: false }) sb.AppendLine("‼️ WARNING: FINGERPRINT INVALID, the sheet was changed after it was sealed!");
        sb.AppendLine($"{sheet.Village.Name} score sheet ({sheet.Period.Name})");
        AppendCategories(sb, sheet);
        AppendMissing(sb, sheet);
        sb.Append(SheetAdjustments(sheet.Period.Rubric, sheet.Adjustments));
        if (grade is not null) sb.AppendLine(GradeLine(grade));
        sb.Append(sheet.Seal switch
        {
            null => "Not signed and sealed.",
            { Valid: true } s => $"Signed and sealed by {s.SignedBy}, {Time(s.SignedAt)}\nFingerprint valid sha256:{Short(s.Fingerprint)}",
            { } s => $"Signed and sealed by {s.SignedBy}, {Time(s.SignedAt)}\n‼️ FINGERPRINT INVALID: the content no longer matches the seal (sha256:{Short(s.Fingerprint)}). Check it now and tell an admin.",
        });
        return sb.ToString();
    }

    public override string VillageNotFound(NameMatchResult<VillageDoc> match, string typed, IReadOnlyList<string> known) => match.Kind switch
    {
        MatchKind.Ambiguous => $"\"{typed}\" matches several villages: {string.Join(", ", match.Candidates.Select(v => v.Name))}. Please write the full name.",
        _ when known.Count == 0 => "No villages are registered yet.",
        _ => $"There is no village \"{typed}\". Villages: {List(known, ", ", ListMax, n => $" and {n} more")}",
    };

    static void AppendCategories(StringBuilder sb, Sheet sheet)
    {
        var width = Longest(sheet.Categories.Select(c => Score(c.Score)));
        foreach (var c in sheet.Categories)
        {
            sb.Append($"{Right(Score(c.Score), width)}/{Score(c.Max)}  {c.Name}");
            if (SheetTree.Scale(sheet, c) is (var outOf, { } scaleTo))
                sb.Append($" ({Score(SheetTree.Unscaled(sheet, c))} out of {Score(outOf)}, counted as {Score(scaleTo)})");
            if (c.Capped) sb.Append($" (capped, items sum to {Score(c.Raw)})");
            if (c.ItemsScored < c.Items.Count) sb.Append($" ({c.ItemsScored}/{c.Items.Count} items)");
            sb.AppendLine();
            // The plan's inner levels, each block under its category with its subtotal (a two-level plan has none).
            foreach (var b in SheetTree.Nodes(sheet, c).Where(n => n.IsBlock))
            {
                sb.Append($"{new string(' ', width + 2 * b.Depth)}▸ {b.Name} {Score(b.Score)}/{Score(b.Counted)}");
                if (b.ScaleTo is { } to) sb.Append($" ({Score(b.Capped ? b.Max : b.Raw)} out of {Score(b.Max)}, counted as {Score(to)})");
                if (b.Capped) sb.Append($" (capped, items sum to {Score(b.Raw)})");
                if (b.ItemsScored < b.ItemCount) sb.Append($" ({b.ItemsScored}/{b.ItemCount} items)");
                sb.AppendLine();
            }
        }
        sb.AppendLine($"On-site appraisal total {Score(sheet.Onsite)} of {Score(sheet.Period.Rubric.MaxTotal)}");
        sb.AppendLine($"{sheet.ItemsScored}/{sheet.ItemCount} items scored");
    }

    static void AppendMissing(StringBuilder sb, Sheet sheet)
    {
        var missing = SheetFacts.Missing(sheet);
        if (missing.Count == 0)
        {
            sb.AppendLine("Unscored items: none");
            return;
        }
        sb.AppendLine($"Unscored items ({sheet.Missing}):");
        foreach (var m in missing)
            sb.AppendLine(m.All ? $"{m.Category.Name}: all {m.Items.Count} items"
                : $"{m.Category.Name}: {string.Join("、", m.Items.Select(i => SheetTree.Label(sheet.Period.Rubric, i.Category, i.Item, i.Name)))}");
    }

    static string Label(Category c) => $"{c.Name} ({c.Alias})";

    static string AliasTable(Rubric rubric) =>
        "Order, aliases and caps:\n" + string.Join("\n", rubric.Categories.Chunk(5).Select(row => string.Join(" | ", row.Select(c => $"{c.Alias} {Score(c.LeaderCap)}"))));

    static string Short(string fingerprint) => fingerprint.Length > 16 ? fingerprint[..16] + "…" : fingerprint;
}
