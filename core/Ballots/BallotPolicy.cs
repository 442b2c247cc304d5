using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Ballots;

/// <summary>A rubric item the ballot feeds, named as the rubric names it (category, item).</summary>
public sealed record FedItem(string Category, string Item);

/// <summary>
/// How a period turns a ballot's tally into points: a weight per grade (the plan leaves the rule open; by default
/// 好 1, 较好 0.8, 一般 0.6, 较差 0) and the rubric items it feeds (by default 民主测评 in 党建工作 and 民主评议 in
/// 党风廉政建设). Stored beside the period in its own collection, keyed by the period's id.
/// </summary>
public sealed class BallotPolicyDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    /// <summary>The period's id.</summary>
    public int Id { get; set; }

    /// <summary>Weights indexed by <see cref="BallotGrade"/>.</summary>
    public decimal[] Weights { get; set; } = [1m, 0.8m, 0.6m, 0m];

    public List<FedItem> Items { get; set; } = [new("党建工作", "民主测评"), new("党风廉政建设", "民主评议")];

    /// <summary>
    /// The fewest votes whose grades are shown and turned into points (default 5): a closed ballot with fewer proposes
    /// nothing, and its grades stay hidden (<see cref="BallotShown"/>).
    /// </summary>
    public int MinimumVotes { get; set; } = DefaultMinimumVotes;

    public const int DefaultMinimumVotes = 5;

    public decimal Weight(BallotGrade grade) => Weights[(int)grade];

    public const int MaxItems = 10;

    /// <summary>What is wrong with this policy for <paramref name="rubric"/>, one sentence each (English, for the admin API).</summary>
    public IReadOnlyList<string> Errors(Rubric rubric)
    {
        var errors = new List<string>();
        if (Weights is not { Length: 4 }) errors.Add("weights must give all four grades: 好, 较好, 一般, 较差.");
        else
            foreach (var grade in BallotGrades.All)
                if (Weight(grade) is var w && (w < 0 || w > 1 || decimal.Round(w, 2) != w))
                    errors.Add($"the weight of {BallotGrades.Label(grade)} must lie in [0, 1] with at most 2 decimals, is {w}.");
        if (MinimumVotes < 1 || MinimumVotes > BallotBook.MaxSlips)
            errors.Add($"minimumVotes must be a whole number from 1 to {BallotBook.MaxSlips}, is {MinimumVotes}.");
        if (Items.Count > MaxItems) errors.Add($"items may name at most {MaxItems} rubric items.");
        foreach (var item in Items)
            if (BallotPolicies.Locate(rubric, item) is null)
                errors.Add($"the rubric has no item \"{item.Item}\" in category \"{item.Category}\".");
        if (Items.Distinct().Count() != Items.Count) errors.Add("items must not name an item twice.");
        return errors;
    }
}

/// <summary>Reads and stores each period's ballot policy (the default until an admin sets one).</summary>
public sealed class BallotPolicies(AppraisalStore store)
{
    internal BallotStore Docs => store.Ballots;

    public BallotPolicyDoc For(int periodId) => Docs.Policies.FindById(periodId) ?? new BallotPolicyDoc { Id = periodId };

    /// <summary>Stores the period's policy when it is valid for the period's rubric; otherwise the errors and nothing stored.</summary>
    public IReadOnlyList<string> Set(PeriodView period, BallotPolicyDoc policy)
    {
        var errors = policy.Errors(period.Rubric);
        if (errors.Count > 0) return errors;
        policy.Id = period.Id;
        store.Write(() => Docs.Policies.Upsert(policy));
        return [];
    }

    /// <summary>The (category, item) indexes of a fed item in the rubric, found by name; null when the rubric has none.</summary>
    public static (int Category, int Item)? Locate(Rubric rubric, FedItem fed)
    {
        for (var c = 0; c < rubric.Categories.Count; c++)
        {
            if (rubric.Categories[c].Name != fed.Category) continue;
            for (var i = 0; i < rubric.Categories[c].Leaves.Count; i++)
                if (rubric.Categories[c].Leaves[i].Name == fed.Item) return (c, i);
        }
        return null;
    }
}
