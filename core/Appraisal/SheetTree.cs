using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Appraisal;

/// <summary>
/// One node of a category's tree on a village's sheet: a block (an item with its own items: a heading with its
/// subtotal) or a scorable item (a leaf, with its <see cref="SheetItem"/>).
/// </summary>
/// <param name="Path">The node's place in the plan's tree, 1-based from the category ("1.2.1": the category's first
/// child's second child's first child). A leaf keeps its own number too: <see cref="SheetItem.Item"/>.</param>
/// <param name="Depth">1 for the category's own children, 2 below them, …</param>
/// <param name="Max">The node's maximum in its own points.</param>
/// <param name="ScaleTo">What it counts for when the plan scales it (scored out of <paramref name="Max"/>); else null.</param>
/// <param name="Raw">Its children's counted sum (a leaf: its score); before the cap and the scale.</param>
/// <param name="Score">What it counts in its parent: capped at <paramref name="Max"/> under the policy, then scaled.</param>
/// <param name="Item">The leaf's entry; null for a block.</param>
public sealed record SheetNode(string Path, int Depth, string Name, decimal Max, decimal? ScaleTo, decimal Raw, decimal Score,
    int ItemsScored, int ItemCount, SheetItem? Item)
{
    public bool IsBlock => Item is null;

    /// <summary>What the node counts for at most in its parent.</summary>
    public decimal Counted => ScaleTo ?? Max;

    /// <summary>The children's sum went over the node's maximum and was counted at it.</summary>
    public bool Capped { get; init; }
}

/// <summary>
/// A sheet in the plan's own shape: each category's blocks and items in document order, with each block's subtotal, so
/// the chat's /sheet, the console, the API and the export show the plan's levels. A two-level rubric's categories have
/// only leaves at depth 1: shown as they always were.
/// </summary>
public static class SheetTree
{
    /// <summary>Whether any category goes deeper than its items (else every surface looks as it did for two levels).</summary>
    public static bool IsNested(Rubric rubric) => rubric.Categories.Any(c => c.Items.Any(i => !i.IsLeaf));

    /// <summary>The category's own maximum and its scale (null unless the plan counts it at another figure).</summary>
    public static (decimal OutOf, decimal? ScaleTo) Scale(Sheet sheet, SheetCategory category) =>
        sheet.Period.Rubric.Categories[category.Index] is var c ? (c.Max, c.ScaleTo) : default;

    /// <summary>The category's score before its scale: its children's sum capped at its maximum (what it scored out of its own points).</summary>
    public static decimal Unscaled(Sheet sheet, SheetCategory category)
    {
        var sum = Nodes(sheet, category).Where(n => n.Depth == 1).Sum(n => n.Score);
        var max = sheet.Period.Rubric.Categories[category.Index].Max;
        return sheet.Period.Policy.CapCategoryAtMax ? Math.Min(sum, max) : sum;
    }

    /// <summary>Every node below <paramref name="category"/>, depth first, blocks before their children.</summary>
    public static IReadOnlyList<SheetNode> Nodes(Sheet sheet, SheetCategory category)
    {
        var rubricCategory = sheet.Period.Rubric.Categories[category.Index];
        var cap = sheet.Period.Policy.CapCategoryAtMax;
        var nodes = new List<SheetNode>();
        var nextLeaf = 0;
        // Returns the node's counted score; adds the node (and, after it, its children) to the list.
        (decimal Score, int Scored, int Count) Walk(Item node, string path, int depth)
        {
            if (node.IsLeaf)
            {
                var item = nextLeaf < category.Items.Count ? category.Items[nextLeaf] : null;
                nextLeaf++;
                var raw = item?.Score ?? 0;
                var score = Item.Counted(raw, node.Max, node.ScaleTo, cap);
                var scored = item?.Score is null ? 0 : 1;
                nodes.Add(new SheetNode(path, depth, node.Name, node.Max, node.ScaleTo, raw, score, scored, 1, item)
                    { Capped = cap && raw > node.Max });
                return (score, scored, 1);
            }
            var at = nodes.Count;
            nodes.Add(null!);
            decimal sum = 0;
            int scoredBelow = 0, countBelow = 0;
            for (var i = 0; i < node.Items.Count; i++)
            {
                var (s, n, c) = Walk(node.Items[i], $"{path}.{i + 1}", depth + 1);
                sum += s;
                scoredBelow += n;
                countBelow += c;
            }
            var counted = Item.Counted(sum, node.Max, node.ScaleTo, cap);
            nodes[at] = new SheetNode(path, depth, node.Name, node.Max, node.ScaleTo, sum, counted, scoredBelow, countBelow, null)
                { Capped = cap && sum > node.Max };
            return (counted, scoredBelow, countBelow);
        }
        for (var i = 0; i < rubricCategory.Items.Count; i++) Walk(rubricCategory.Items[i], $"{i + 1}", 1);
        return nodes;
    }

    /// <summary>The blocks above leaf <paramref name="item"/> of <paramref name="category"/>, outermost first (empty for two levels).</summary>
    public static IReadOnlyList<string> BlocksAbove(Rubric rubric, int category, int item) =>
        category < rubric.Categories.Count && rubric.Categories[category].LeafBlocks() is var blocks && item < blocks.Count
            ? blocks[item].Select(b => b.Name).ToList()
            : [];

    /// <summary>A leaf's name with the blocks above it ("组织建设 › 三会一课"); the name alone under a category.</summary>
    public static string Label(Rubric rubric, int category, int item, string name) =>
        string.Join(" › ", [.. BlocksAbove(rubric, category, item), name]);
}
