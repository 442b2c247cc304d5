using ChatAppraisal.Publication;
using ChatAppraisal.Schedule;
using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string InviteVillage(string village) => $"A village official of {village}: they see only their village's visit and results, and hand in its written reports with /report.";
    public override string InviteVillageRequired => "A village official needs their village, e.g. /invite Wang village 上庄村";
    public override string DescribeVillage => "your village's visit, written reports and published result";
    public override string NoVillageOfYours => "Your account is bound to no village; ask an admin.";

    public override string VillageOverview(string village, Visit? visit, bool writtenReport, bool secretaryAccount, bool sealedSheet) =>
        $"{village}\nVisit: {(visit is null ? "not scheduled yet" : $"{visit.Date:yyyy-MM-dd} {visit.Time:HH\\:mm}{(visit.Note is null ? "" : ", " + visit.Note)}")}\n" +
        $"Written report: {(writtenReport ? "✓ handed in" : "not yet")}\nFirst secretary's account: {(secretaryAccount ? "✓ handed in" : "not yet")}" +
        (sealedSheet ? "\nThe sheet is signed and sealed." : writtenReport && secretaryAccount ? "" : "\nHand them in before the visit with /report.");

    public override string ReportOwnVillageOnly(string village) => $"You hand in reports for your own village ({village}) only.";

    // Publication
    static string Day(string isoDay) => DateOnly.TryParseExact(isoDay, "yyyy-MM-dd", out var d) ? $"{d:ddd d MMM yyyy}" : isoDay;

    // An item nobody scored is unscored, never "no deduction".
    public override string UnscoredMark(CategoryLine c) =>
        c.Unscored.Count == 0 ? "" : c.Unscored.Count == c.Items ? " (not scored)" : $" ({c.Unscored.Count} not scored)";
    public override string BallotCounts(BallotLine ballot) => string.Join(", ", ballot.Counts.Select(c => $"{GradeName(c.Grade)} {c.Count}"));
    public override string UnscoredItems(CategoryLine c) =>
        c.Unscored.Count == c.Items ? $"all {c.Items} items" : string.Join(", ", c.Unscored.Take(5).Select(i => i.Name)) + (c.Unscored.Count > 5 ? $" and {c.Unscored.Count - 5} more" : "");

    static string? DeductionsHeading(VillageResultView r) =>
        r.Deductions.Count > 0 ? $"Deductions ({r.Deductions.Count}):"
        : r.Unscored == 0 ? "Deductions: none"
        : r.Unscored < r.Categories.Sum(c => c.Items) ? $"Deductions: none among the {r.Categories.Sum(c => c.Items) - r.Unscored} items scored"
        : null;

    IEnumerable<string> UnscoredLines(VillageResultView r) => r.Unscored == 0 ? [] :
        new[] { $"Not scored ({r.Unscored}):" }.Concat(r.Categories.Where(c => c.Unscored.Count > 0).Select(c => $"  {c.Name}: {UnscoredItems(c)}"));

    public override string ResultHeading(VillageResultView r, PublicationDoc p) => $"{r.Village} · results of {r.Period} ({(p.Final ? "final" : "published")})";
    public override string ResultWindow(PublicationDoc p) => p.Final
        ? $"The results became final {Charts.DisplayTime.Format(p.FinalAt ?? p.WindowEndsAt)}; objections are no longer taken."
        : $"Objections are taken for {p.WorkingDays} working days, until {Day(p.LastDay)}: /object ITEM REASON (申诉), then a photo or file if you have one.";

    public override string VillageResult(VillageResultView r, PublicationDoc p)
    {
        var lines = new List<string>
        {
            ResultHeading(r, p),
            $"Final score: {Points.Format(r.Final)}",
            $"Rank: {r.Rank} of {r.Villages}",
            $"Grade: {r.Grade ?? "the plan sets no grades"}",
            $"On-site appraisal: {Points.Format(r.Onsite)} points ({Points.Format(r.Onsite1000)} of 1000)",
            "By category:",
        };
        lines.AddRange(r.Categories.Select(c => $"  {c.Name} {Points.Format(c.Score)}/{Points.Format(c.Max)}{UnscoredMark(c)}"));
        if (DeductionsHeading(r) is { } heading) lines.Add(heading);
        lines.AddRange(r.Deductions.Select(d => $"  {d.CategoryName} · {d.ItemName}: {Points.Format(d.Score)}/{Points.Format(d.Max)}, {Points.Format(d.Lost)} lost; reason: {d.Reason ?? "not given"}"));
        lines.AddRange(UnscoredLines(r));
        lines.Add(r.Ballot is { } b
            ? $"Ballot: {b.Cast}/{b.Issued} cast, " + BallotCounts(b)
            : "Ballot: none closed");
        lines.Add(r.LeadersRated == 0 ? "Leadership ratings: none" : $"Leadership rating (mean): {Points.Format(r.LeaderMean)} ({r.LeadersRated} leadership members rated)");
        lines.Add(ResultWindow(p));
        return string.Join("\n", lines);
    }

    public override string DescribePublish => "publish the results: /publish 5 (5 working days)";
    public override string PublishUsage(PublicationDoc? p, bool windowOpen) => p is null
        ? "Usage: /publish WORKING_DAYS, e.g. /publish 5 (发布结果 5). Every sheet should be signed and sealed first; each village's officials are sent their village's result."
        : $"{(p.Final ? "The results are final" : windowOpen ? "The results are published" : "The window is over; objections still open")}: published {Charts.DisplayTime.Format(p.PublishedAt)} by {p.PublishedByName}, objections until {Day(p.LastDay)}.";
    public override string PublishUnsealed(IReadOnlyList<string> villages, int workingDays) =>
        $"{villages.Count} sheets are not signed and sealed: {string.Join(", ", villages)}.\nPublish anyway? Press “Publish anyway” or send: /publish {workingDays} confirm";
    public override string PublishAnyway => "Publish anyway";
    public override string PublishRefused(PublishOutcome o) => o.Refusal switch
    {
        PublishRefusal.BadWorkingDays => $"The window is 1 to {WorkingDays.Max} working days, e.g. /publish 5.",
        PublishRefusal.AlreadyPublished => $"Already published {Charts.DisplayTime.Format(o.Publication!.PublishedAt)} (objections until {Day(o.Publication.LastDay)}). To publish again an admin first sends /reopen REASON.",
        PublishRefusal.NoVillages => "No village is registered: there are no results to publish.",
        PublishRefusal.NotPublished => "The results are not published.",
        PublishRefusal.ReasonRequired => ReopenUsage,
        _ => o.Refusal.ToString(),
    };
    public override string Published(PublicationDoc p, IReadOnlyList<string> withoutOfficials)
    {
        var told = p.Told.Where(t => t.Channels.Count > 0).ToList();
        var unreached = p.Told.Where(t => t.Channels.Count == 0).ToList();
        var lines = new List<string> { $"✓ Results published: objections for {p.WorkingDays} working days, until {Day(p.LastDay)}. On-site scores and leadership ratings are frozen." };
        if (p.Unsealed.Count > 0) lines.Add($"⚠ Not sealed when published: {string.Join(", ", p.Unsealed)}");
        lines.Add(told.Count == 0 ? "No village official was told." : $"Told {told.Count}: " + string.Join("; ", told.Select(t => $"{t.Village} {t.MemberName} ({string.Join(", ", t.Channels.Select(ChannelName))})")));
        if (unreached.Count > 0) lines.Add("Not reached (no chat account): " + string.Join("; ", unreached.Select(t => $"{t.Village} {t.MemberName}")));
        if (withoutOfficials.Count > 0) lines.Add("Villages without officials: " + string.Join(", ", withoutOfficials));
        return string.Join("\n", lines);
    }
    public override string DescribeReopen => "reopen published results: /reopen REASON";
    public override string ReopenUsage => "Give the reason, e.g. /reopen 上庄村's score was entered wrongly";
    public override string Reopened(PublicationDoc p) => $"Results reopened (reason: {p.ReopenReason}). Leadership ratings can be changed again; publish again after the correction: /publish 5";

    // Objections
    static string Status(ObjectionDoc o) => o.Status switch
    {
        ObjectionStatus.Upheld => $"upheld, now {Points.Format(o.NewScore ?? 0)}",
        ObjectionStatus.Rejected => $"rejected: {o.Answer}",
        _ => "open",
    };
    static string Was(ObjectionDoc o) => o.Score is { } s ? Points.Format(s) : "unscored";

    public override string DescribeObject => "object to an item's score: /object ITEM REASON";
    public override string ObjectUsage => "Usage: /object ITEM REASON, e.g. /object 做合格党员 会议记录已补交 (申诉 …). Then send photos or files as evidence.";
    public override string ObjectHelp => "Send photos or files as the objection's evidence now; press “Done” when finished.";
    public override string ObjectRefused(ObjectionOutcome o) => "Not submitted. " + o.Refusal switch
    {
        ObjectionRefusal.NoVillage => "Only a village's officials object, for their own village.",
        ObjectionRefusal.NotPublished => "The results are not published.",
        ObjectionRefusal.WindowClosed => o.Publication is { } p ? (p.Final ? "The results are final: no more objections." : $"The window ended on {Day(p.LastDay)}: no more objections.") : "The window is over.",
        ObjectionRefusal.UnknownItem => "The sheet has no such item; write the item's name (or a part of it), e.g. 做合格党员.\n" + ObjectUsage,
        ObjectionRefusal.AmbiguousItem => $"That could be: {string.Join(", ", o.Candidates ?? [])}. Write more of it.",
        ObjectionRefusal.NoText => "Say why.\n" + ObjectUsage,
        ObjectionRefusal.TextTooLong => $"The reason is too long (at most {Objections.MaxText} characters).",
        _ => o.Refusal.ToString(),
    };
    public override string ObjectMade(ObjectionDoc o, string village) =>
        $"✓ Objection #{o.Id} submitted: {village} · {o.ItemName} (now {Was(o)}): {o.Text}\nYou will be told the appraisal office's answer. Send photos or files as evidence now, then press “Done”.";
    public override string ObjectEvidenceAdded(string fileName, int count) => $"📎 Evidence “{fileName}” attached ({count} in all). Send more, or press “Done”.";
    public override string ObjectDoneLabel => "Done";
    public override string ObjectDone(ObjectionDoc o) => $"Objection #{o.Id} submitted ({o.Evidence.Count} pieces of evidence); waiting for the appraisal office's answer.";
    public override string ObjectionNotice(ObjectionDoc o, string village) =>
        $"📮 New objection #{o.Id}: {o.MemberName} of {village} on “{o.ItemName}” (now {Was(o)}): {o.Text}\nSee and answer: /objections";
    public override string ObjectionAnswered(ObjectionDoc o, string village) => o.Status == ObjectionStatus.Upheld
        ? $"✓ Objection #{o.Id} ({village} · {o.ItemName}) upheld: the score went from {Was(o)} to {Points.Format(o.NewScore ?? 0)}; the sheet is signed and sealed again."
        : $"Objection #{o.Id} ({village} · {o.ItemName}) rejected: {o.Answer}";
    public override string DescribeObjections => "see and answer the villages' objections: /objections";
    public override string ObjectionsList(IReadOnlyList<(ObjectionDoc Objection, string Village, decimal Max)> open) => open.Count == 0
        ? "No objection is open."
        : $"Open objections ({open.Count}):\n" + string.Join("\n", open.Select(x =>
            $"#{x.Objection.Id} {x.Village} · {x.Objection.ItemName} (now {Was(x.Objection)} of {Points.Format(x.Max)}): {x.Objection.Text}" +
            $" ({x.Objection.MemberName}, {Charts.DisplayTime.Format(x.Objection.At)}{(x.Objection.Evidence.Count > 0 ? $", {x.Objection.Evidence.Count} pieces of evidence" : "")})")) +
          "\n" + ObjectionsUsage;
    public override string ObjectionsUsage => "Uphold and rescore: /objections N 采纳 SCORE; reject: /objections N 驳回 REASON. E.g. /objections 1 采纳 13";
    public override string ObjectionDecided(ObjectionDoc o, string village) => $"Objection #{o.Id} ({village} · {o.ItemName}) {Status(o)}. {village}'s officials are told.";

    // Rectification list
    public override string DescribeRectification => "download every village's rectification list (整改清单, a sheet each)";
    public override string RectificationCaption(string period) => $"Rectification lists, {period}";
    public override string RectificationMessage(Export.RectificationList l)
    {
        var r = l.Result;
        var lines = new List<string> { $"{r.Village} · the results of {r.Period} are final: {Points.Format(r.Final)}, rank {r.Rank}." };
        if (r.Deductions.Count > 0)
        {
            lines.Add($"To put right ({r.Deductions.Count}):");
            lines.AddRange(r.Deductions.Select((d, i) => $"{i + 1}. {d.CategoryName} · {d.ItemName}: {Points.Format(d.Lost)} lost; reason: {d.Reason ?? "not given"}"));
        }
        else if (r.Unscored == 0) lines.Add("No deductions.");
        else if (DeductionsHeading(r) is { } scoredNone) lines.Add(scoredNone);
        lines.AddRange(UnscoredLines(r));
        if (l.Objections.Count > 0) lines.Add("Objections: " + string.Join("; ", l.Objections.Select(o => $"#{o.Id} {o.ItemName} {Status(o)}")));
        lines.Add("The workbook is attached.");
        return string.Join("\n", lines);
    }
}
