using System.Collections.Concurrent;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

/// <summary>A period with its parsed rubric.</summary>
public sealed record PeriodView(PeriodDoc Doc, Rubrics.Rubric Rubric)
{
    public int Id => Doc.Id;
    public string Name => Doc.Name;
    public Scoring.ScoringPolicy Policy => Doc.Policy;
}

/// <summary>Reads periods and keeps their parsed rubrics, re-parsing only when a rubric's JSON changes.</summary>
public sealed class Periods(AppraisalStore store)
{
    readonly ConcurrentDictionary<int, (string Json, Rubrics.Rubric Rubric)> _rubrics = new();

    public PeriodView Active() => View(store.ActivePeriod());

    public PeriodView? Find(int id) => store.Setup.Periods.FindById(id) is { } doc ? View(doc) : null;

    public PeriodView View(PeriodDoc doc)
    {
        if (_rubrics.TryGetValue(doc.Id, out var cached) && cached.Json == doc.RubricJson)
            return new PeriodView(doc, cached.Rubric);
        var rubric = Rubrics.RubricJson.Parse(doc.RubricJson);
        _rubrics[doc.Id] = (doc.RubricJson, rubric);
        return new PeriodView(doc, rubric);
    }
}
