using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

public enum PeriodRefusal
{
    None,
    InvalidName,
    DuplicateName,
    UnknownPeriod,
    /// <summary>The period to copy the rubric and policy from does not exist.</summary>
    UnknownSource,
    InvalidRubric,
    /// <summary>The rubric cannot change once a score, rating or seal exists in the period.</summary>
    ScoringBegan,
    InvalidPolicy,
    /// <summary>
    /// The period's results are published (公示) or final: its policy, which decides every village's final score, changes
    /// only after an admin's reopen (/reopen).
    /// </summary>
    Published,
}

/// <param name="Period">The period changed; on a duplicate name, the period that holds it.</param>
/// <param name="Errors">Why a rubric or policy was refused, each naming its place.</param>
/// <param name="Entries">What the period holds, when scoring had begun.</param>
/// <param name="RubricProblems">Why a rubric was refused, as data for the reader's language.</param>
public sealed record PeriodOutcome(PeriodRefusal Refusal, PeriodDoc? Period = null, IReadOnlyList<string>? Errors = null, EntryCounts? Entries = null,
    IReadOnlyList<RubricProblem>? RubricProblems = null)
{
    public bool Ok => Refusal == PeriodRefusal.None;
}

/// <summary>
/// Appraisal years and what each holds: creating one (a copy of another's rubric and policy), switching the active
/// one, replacing a rubric before scoring begins, changing a policy. Each change is one audited transaction.
/// </summary>
public sealed class PeriodSetup(AppraisalStore store, TimeProvider clock)
{
    /// <summary>What was entered in the period (item scores, leaders' ratings, seals): a rubric is replaced only before any.</summary>
    public EntryCounts Entries(int periodId) => EntryCounts.ForPeriod(store, periodId);

    public IReadOnlyList<PeriodDoc> All() => store.Setup.Periods.FindAll().OrderBy(p => p.Id).ToList();

    /// <summary>A new, inactive period with a copy of <paramref name="copyFrom"/>'s rubric and policy (the active period's when null).</summary>
    public PeriodOutcome Create(Actor actor, string? name, int? copyFrom) => store.Write(() =>
    {
        if (Names.Clean(name) is not { } clean) return new PeriodOutcome(PeriodRefusal.InvalidName);
        if (store.Setup.Periods.FindOne(p => p.Name == clean) is { } holder)
            return new PeriodOutcome(PeriodRefusal.DuplicateName, holder);
        var source = copyFrom is { } id ? store.Setup.Periods.FindById(id) : store.ActivePeriod();
        if (source is null) return new PeriodOutcome(PeriodRefusal.UnknownSource);
        var period = new PeriodDoc
        {
            Name = clean, RubricJson = Retitled(source.RubricJson, source.Name, clean), Policy = source.Policy, Active = false, CreatedAt = Now,
        };
        store.Setup.Periods.Insert(period);
        store.Audit.Add(ScoreBook.Entry(actor, period.Id, null, Now, AuditActions.PeriodCreated,
            detail: $"{clean}: rubric and policy copied from {source.Name}"));
        return new PeriodOutcome(PeriodRefusal.None, period);
    });

    /// <summary>
    /// The copied rubric's title with the new period's name in it: "新庄镇2017年度…" becomes "新庄镇2018年度…" for 2018年度
    /// (the source period's name replaced, else its year); a title that names neither is kept as it is.
    /// </summary>
    internal static string Retitled(string rubricJson, string from, string to)
    {
        var rubric = RubricJson.Parse(rubricJson);
        var title = rubric.Title;
        if (from.Length > 0 && title.Contains(from, StringComparison.Ordinal))
            title = title.Replace(from, to, StringComparison.Ordinal);
        else if (Year(from) is { } old && Year(to) is { } year && title.Contains(old, StringComparison.Ordinal))
            title = title.Replace(old, year, StringComparison.Ordinal);
        return title == rubric.Title ? rubricJson : RubricJson.Write(rubric with { Title = title });
    }

    static string? Year(string name) => System.Text.RegularExpressions.Regex.Match(name, @"(?<!\d)(19|20)\d\d(?!\d)") is { Success: true } m ? m.Value : null;

    /// <summary>Makes the period the active one (the one scored, ranked and exported); the previous one stays as it is.</summary>
    public PeriodOutcome Activate(Actor actor, int id) => store.Write(() =>
    {
        if (store.Setup.Periods.FindById(id) is not { } period) return new PeriodOutcome(PeriodRefusal.UnknownPeriod);
        if (period.Active) return new PeriodOutcome(PeriodRefusal.None, period);
        var previous = store.Setup.Periods.Find(p => p.Active).ToList();
        foreach (var p in previous)
        {
            p.Active = false;
            store.Setup.Periods.Update(p);
        }
        period.Active = true;
        store.Setup.Periods.Update(period);
        store.Audit.Add(ScoreBook.Entry(actor, id, null, Now, AuditActions.PeriodActivated,
            detail: $"{period.Name} active; was {string.Join(", ", previous.Select(p => p.Name))}"));
        return new PeriodOutcome(PeriodRefusal.None, period);
    });

    /// <summary>Replaces a period's rubric with <paramref name="json"/> (validated by <see cref="RubricJson.Parse"/>), only before scoring begins.</summary>
    public PeriodOutcome ReplaceRubric(Actor actor, int periodId, string json) => store.Write(() =>
    {
        if (store.Setup.Periods.FindById(periodId) is not { } period) return new PeriodOutcome(PeriodRefusal.UnknownPeriod);
        Rubric rubric;
        try
        {
            rubric = RubricJson.Parse(json);
        }
        catch (RubricException e)
        {
            return new PeriodOutcome(PeriodRefusal.InvalidRubric, period, [e.Message], RubricProblems: e.Problems);
        }
        var entries = EntryCounts.ForPeriod(store, periodId);
        if (entries.Any) return new PeriodOutcome(PeriodRefusal.ScoringBegan, period, Entries: entries);
        var old = RubricJson.Parse(period.RubricJson);
        period.RubricJson = RubricJson.Write(rubric);
        store.Setup.Periods.Update(period);
        store.Audit.Add(ScoreBook.Entry(actor, periodId, null, Now, AuditActions.RubricReplaced,
            detail: $"{old.Categories.Count} categories, {old.ItemCount} items → {rubric.Categories.Count} categories, {rubric.ItemCount} items"));
        return new PeriodOutcome(PeriodRefusal.None, period);
    });

    /// <summary>
    /// Sets a period's scoring policy when <see cref="ScoringPolicy.Errors"/> finds nothing wrong with it and its results are
    /// not published.
    /// </summary>
    public PeriodOutcome SetPolicy(Actor actor, int periodId, ScoringPolicy policy) => store.Write(() =>
    {
        if (store.Setup.Periods.FindById(periodId) is not { } period) return new PeriodOutcome(PeriodRefusal.UnknownPeriod);
        var errors = policy.Errors();
        if (errors.Count > 0) return new PeriodOutcome(PeriodRefusal.InvalidPolicy, period, errors);
        if (period.Policy == policy) return new PeriodOutcome(PeriodRefusal.None, period);
        if (Publication.Publications.Frozen(store, periodId)) return new PeriodOutcome(PeriodRefusal.Published, period);
        var old = period.Policy;
        period.Policy = policy;
        store.Setup.Periods.Update(period);
        store.Audit.Add(ScoreBook.Entry(actor, periodId, null, Now, AuditActions.PolicyChanged,
            detail: $"{Texts.En.PolicyLine(old)} → {Texts.En.PolicyLine(policy)}"));
        return new PeriodOutcome(PeriodRefusal.None, period);
    });

    // Whole milliseconds, as LiteDB stores them, so a period reads back exactly as it was answered.
    DateTime Now
    {
        get
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }
}
