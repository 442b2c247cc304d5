namespace ChatAppraisal.Rubrics;

/// <summary>The score sheet's structure: categories in document order, each with its sub-items.</summary>
public sealed record Rubric(string Title, IReadOnlyList<Category> Categories)
{
    public int ItemCount { get; } = Categories.Sum(c => c.Items.Count);

    /// <summary>Sum of the category maxima (1500 for the seed): the on-site total's full scale.</summary>
    public decimal MaxTotal { get; } = Categories.Sum(c => c.Max);

    /// <summary>Sum of the leadership caps (100 for the seed): a leader's full scale.</summary>
    public decimal LeaderCapTotal { get; } = Categories.Sum(c => c.LeaderCap);

    public IEnumerable<(int Category, int Item)> ItemKeys() =>
        Categories.SelectMany((c, ci) => c.Items.Select((_, ii) => (ci, ii)));
}

/// <param name="Alias">Short name leaders type in a rating message (党建, 廉政, …).</param>
/// <param name="LeaderCap">The most a leadership member may give this category.</param>
public sealed record Category(string Name, string Group, string Alias, decimal Max, decimal LeaderCap, IReadOnlyList<Item> Items)
{
    public decimal ItemSum { get; } = Items.Sum(i => i.Max);
}

public sealed record Item(string Name, decimal Max);
