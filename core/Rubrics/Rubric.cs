namespace ChatAppraisal.Rubrics;

/// <summary>
/// The score sheet's structure: categories in document order, each a tree of items as deep as the plan's levels; beside
/// them the plan's bonus and deduction sides, its vetoes and its grades. Equality is deep (every node, every line).
/// </summary>
public sealed record Rubric(string Title, IReadOnlyList<Category> Categories)
{
    /// <summary>What the plan adds on top of the items (加分项目), capped on the side's total.</summary>
    public Side? Bonus { get; init; }

    /// <summary>What the plan takes off (扣分项目), capped on the side's total.</summary>
    public Side? Deductions { get; init; }

    /// <summary>一票否决: events that keep a village from 优秀 or place it last.</summary>
    public IReadOnlyList<Veto> Veto { get; init; } = [];

    /// <summary>等次: by rank counts or by lines on the final score.</summary>
    public Grades? Grades { get; init; }

    /// <summary>Scorable items: the leaves of every category's tree.</summary>
    public int ItemCount => Categories.Sum(c => c.Leaves.Count);

    /// <summary>Sum of the categories' counted maxima (1500 for the seed): the on-site total's full scale.</summary>
    public decimal MaxTotal => Categories.Sum(c => c.Counted);

    /// <summary>Sum of the leadership caps (100 for the seed, 0 for a plan without a leadership part): a leader's full scale.</summary>
    public decimal LeaderCapTotal => Categories.Sum(c => c.LeaderCap);

    /// <summary>(category, leaf) for every scorable item, in the order the sheet lists them.</summary>
    public IEnumerable<(int Category, int Item)> ItemKeys() =>
        Categories.SelectMany((c, ci) => c.Leaves.Select((_, ii) => (ci, ii)));

    public bool Equals(Rubric? other) => other is not null && Title == other.Title && Categories.SequenceEqual(other.Categories)
        && Equals(Bonus, other.Bonus) && Equals(Deductions, other.Deductions) && Veto.SequenceEqual(other.Veto) && Equals(Grades, other.Grades);

    public override int GetHashCode() => HashCode.Combine(Title, Categories.Count, ItemCount);
}

/// <param name="Alias">Short name leaders type in a rating message (党建, 廉政, …).</param>
/// <param name="LeaderCap">The most a leadership member may give this category.</param>
/// <param name="Items">The category's children, each possibly with its own items.</param>
public sealed record Category(string Name, string Group, string Alias, decimal Max, decimal LeaderCap, IReadOnlyList<Item> Items)
{
    /// <summary>The plan's text for it (考核指标, 评分标准).</summary>
    public string? Criteria { get; init; }

    /// <summary>The office that scores it (负责考核部门).</summary>
    public string? Department { get; init; }

    /// <summary>Scored out of <see cref="Max"/>, counted as this ("100分，总分按折合10分计算").</summary>
    public decimal? ScaleTo { get; init; }

    /// <summary>What the category counts for in the on-site total: <see cref="ScaleTo"/> when the plan scales it, else its maximum.</summary>
    public decimal Counted => ScaleTo ?? Max;

    /// <summary>Sum of the direct children's maxima (what the plan's figures add up to).</summary>
    public decimal ItemSum => Items.Sum(i => i.Max);

    /// <summary>The scorable items in document order; for a two-level rubric, the items themselves.</summary>
    public IReadOnlyList<Item> Leaves => Item.LeavesOf(Items);

    /// <summary>
    /// For each leaf, in leaf order, the blocks between the category and it (outermost first; empty for a leaf directly
    /// under the category): where an examiner is in the plan's levels.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Item>> LeafBlocks()
    {
        var paths = new List<IReadOnlyList<Item>>();
        void Walk(IReadOnlyList<Item> items, List<Item> above)
        {
            foreach (var item in items)
            {
                if (item.IsLeaf) paths.Add(above.ToArray());
                else Walk(item.Items, [.. above, item]);
            }
        }
        Walk(Items, []);
        return paths;
    }

    /// <summary>
    /// The lowest block holding leaf <paramref name="leaf"/>: the first leaf index and the count of the leaves sharing its
    /// parent block; null for a leaf directly under the category (the whole category is its block).
    /// </summary>
    public (int First, int Count, Item Block)? LowestBlock(int leaf)
    {
        var blocks = LeafBlocks();
        if (leaf < 0 || leaf >= blocks.Count || blocks[leaf] is not [.., var parent]) return null;
        var first = leaf;
        while (first > 0 && blocks[first - 1] is [.., var p] && ReferenceEquals(p, parent)) first--;
        var last = leaf;
        while (last + 1 < blocks.Count && blocks[last + 1] is [.., var p] && ReferenceEquals(p, parent)) last++;
        return (first, last - first + 1, parent);
    }

    /// <summary>Every node below the category, depth first, with its number ("2.3") and depth (1 for the category's own items).</summary>
    public IEnumerable<(string Number, int Depth, Item Item)> Nodes()
    {
        IEnumerable<(string, int, Item)> Walk(IReadOnlyList<Item> items, string prefix, int depth)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var number = prefix.Length == 0 ? $"{i + 1}" : $"{prefix}.{i + 1}";
                yield return (number, depth, items[i]);
                foreach (var below in Walk(items[i].Items, number, depth + 1)) yield return below;
            }
        }
        return Walk(Items, "", 1);
    }

    /// <summary>
    /// The category's score from its leaves' scores (by leaf index; a missing one counts 0): each node is its children's
    /// sum, capped at its maximum when <paramref name="cap"/>, then scaled where it has <c>scaleTo</c>.
    /// </summary>
    public decimal Score(Func<int, decimal?> leafScore, bool cap)
    {
        var next = 0;
        var sum = Items.Sum(i => i.Score(leafScore, cap, ref next));
        return Item.Counted(sum, Max, ScaleTo, cap);
    }

    public bool Equals(Category? other) => other is not null && Name == other.Name && Group == other.Group && Alias == other.Alias
        && Max == other.Max && LeaderCap == other.LeaderCap && Criteria == other.Criteria && Department == other.Department
        && ScaleTo == other.ScaleTo && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Name, Max, Items.Count);
}

public sealed record Item(string Name, decimal Max)
{
    /// <summary>Its own items where the plan goes deeper; none for a scorable item.</summary>
    public IReadOnlyList<Item> Items { get; init; } = [];

    public string? Criteria { get; init; }

    public string? Department { get; init; }

    public decimal? ScaleTo { get; init; }

    public bool IsLeaf => Items.Count == 0;

    public decimal ItemSum => Items.Sum(i => i.Max);

    public static IReadOnlyList<Item> LeavesOf(IReadOnlyList<Item> items)
    {
        if (items.All(i => i.IsLeaf)) return items;
        var leaves = new List<Item>();
        void Walk(Item item)
        {
            if (item.IsLeaf) leaves.Add(item);
            else foreach (var child in item.Items) Walk(child);
        }
        foreach (var item in items) Walk(item);
        return leaves;
    }

    internal decimal Score(Func<int, decimal?> leafScore, bool cap, ref int nextLeaf)
    {
        if (IsLeaf) return Counted(leafScore(nextLeaf++) ?? 0, Max, ScaleTo, cap);
        decimal sum = 0;
        foreach (var child in Items) sum += child.Score(leafScore, cap, ref nextLeaf);
        return Counted(sum, Max, ScaleTo, cap);
    }

    internal static decimal Counted(decimal sum, decimal max, decimal? scaleTo, bool cap)
    {
        var capped = cap ? Math.Min(sum, max) : sum;
        return scaleTo is { } to && max > 0 ? capped * to / max : capped;
    }

    public bool Equals(Item? other) => other is not null && Name == other.Name && Max == other.Max && Criteria == other.Criteria
        && Department == other.Department && ScaleTo == other.ScaleTo && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Name, Max, Items.Count);
}
