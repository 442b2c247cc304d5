using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Ratings;

/// <summary>A leader's earlier rating of a village, shown before it is replaced.</summary>
public sealed record EarlierRating(decimal Total, DateTime At);

/// <summary>What saving a rating did: the score book's outcome, and the total it replaced (null for a first rating).</summary>
public sealed record RatingSaved(ScoreOutcome Outcome, decimal Total, EarlierRating? Replaced);

public sealed record RatedVillage(int VillageId, string Village, decimal Total, DateTime At);

/// <summary>/myratings: what one leader has rated in a period, and which villages are still missing.</summary>
public sealed record MyRatings(string Period, IReadOnlyList<RatedVillage> Rated, IReadOnlyList<string> Missing);

/// <summary>Leaders' ratings over the store: parse a message against the current villages, save through the score book, list.</summary>
public sealed class LeaderRatings(AppraisalStore store, ScoreBook book)
{
    public IReadOnlyList<VillageDoc> Villages() => store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();

    public RatingParse Parse(PeriodView period, string? text) => LeaderRatingParser.Parse(text, period.Rubric, Villages());

    public EarlierRating? Earlier(PeriodView period, int villageId, int memberId) =>
        store.Scores.Ratings.FindById(LeaderRatingDoc.Key(period.Id, villageId, memberId)) is { } doc
            ? new EarlierRating(doc.Values.Sum(), doc.At)
            : null;

    /// <summary>The member's rating of the village as stored (each category's value), or null when none is.</summary>
    public IReadOnlyList<decimal>? ValuesOf(PeriodView period, int villageId, int memberId) =>
        store.Scores.Ratings.FindById(LeaderRatingDoc.Key(period.Id, villageId, memberId))?.Values;

    /// <summary>Every leader's rating of the village in the period.</summary>
    public IReadOnlyList<LeaderRatingDoc> OfVillage(PeriodView period, int villageId) =>
        store.Scores.Ratings.Find(r => r.PeriodId == period.Id && r.VillageId == villageId).ToList();

    /// <summary>Saves (or replaces) the rating; the score book audits it with the old and new values in the same transaction.</summary>
    public RatingSaved Save(Actor actor, PeriodView period, ParsedRating rating) => store.Write(() =>
    {
        var earlier = Earlier(period, rating.VillageId, actor.MemberId);
        var outcome = book.SetRating(actor, period, rating.VillageId, rating.Values);
        return new RatingSaved(outcome, rating.Total, outcome.Ok ? earlier : null);
    });

    public MyRatings Mine(PeriodView period, int memberId)
    {
        var villages = Villages();
        var mine = store.Scores.Ratings.Find(r => r.PeriodId == period.Id && r.MemberId == memberId).ToDictionary(r => r.VillageId);
        var rated = villages.Where(v => mine.ContainsKey(v.Id))
            .Select(v => new RatedVillage(v.Id, v.Name, mine[v.Id].Values.Sum(), mine[v.Id].At)).ToList();
        var missing = villages.Where(v => !mine.ContainsKey(v.Id)).Select(v => v.Name).ToList();
        return new MyRatings(period.Name, rated, missing);
    }
}
