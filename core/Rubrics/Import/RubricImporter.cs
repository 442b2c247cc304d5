namespace ChatAppraisal.Rubrics.Import;

/// <summary>What the importer proposes: the rubric, the final formula's weights (or null where the plan states none), and every line it could not read or doubts.</summary>
public sealed record ImportResult(Rubric Rubric, FinalFormula? Policy, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// A town's plan (考核实施方案), as text or a .docx, read into a proposed rubric. Pure: it saves nothing, and any text gives
/// a result (an empty rubric with its problems at worst).
/// </summary>
public static class RubricImporter
{
    /// <summary>The longest plan read (a plan is a few pages; a book is refused by the caller).</summary>
    public const int MaxChars = 500_000;

    public static ImportResult FromText(string text) => FromLines(PlanLine.FromText(text.Length > MaxChars ? text[..MaxChars] : text));

    public static ImportResult FromDocx(Stream stream)
    {
        IReadOnlyList<PlanLine> lines;
        try
        {
            lines = DocxPlan.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException or ArgumentException)
        {
            return new ImportResult(new Rubric("", []), null, [new ImportProblem(null, "", ImportFault.FileUnreadable, Detail: e.Message)]);
        }
        return FromLines(lines);
    }

    public static ImportResult FromLines(IReadOnlyList<PlanLine> lines)
    {
        var problems = new List<ImportProblem>();
        var root = PlanOutline.Read(lines, problems);
        var all = root.Descendants().ToList();

        var sections = all.Where(Sections.IsSection).ToList();
        sections = sections.Where(s => !sections.Any(o => o != s && o.Descendants().Contains(s))).ToList();
        var inSection = sections.SelectMany(s => s.Descendants().Prepend(s)).ToHashSet();
        var leaderPart = all.FirstOrDefault(n => !inSection.Contains(n) && ImportKeywords.LeaderPart.Any(n.Title.Contains));
        var excluded = inSection.Union(leaderPart is null ? [] : leaderPart.Descendants().Prepend(leaderPart)).ToHashSet();
        var onsitePart = all.FirstOrDefault(n => !excluded.Contains(n) && n.HasScoredBelow && ImportKeywords.OnsitePart.Any(n.Title.Contains)) ?? root;

        var found = new List<(PlanNode Node, string Group)>();
        FindCategories(onsitePart, null, excluded, found);
        if (found.Count == 1 && found[0].Node.Children.Count(c => c.Points is not null && c.HasScoredBelow) >= 2)
        {
            var wrapper = found[0].Node;
            found.Clear();
            FindCategories(wrapper, wrapper.Title, excluded, found);
        }
        if (found.Count == 0) problems.Add(new ImportProblem(null, "", ImportFault.NoCategories));

        var names = found.Select(f => f.Node.Title).ToList();
        var caps = new decimal[names.Count];
        var capNames = new string?[names.Count];
        if (leaderPart is not null)
        {
            var list = leaderPart.Descendants().Where(n => n.Points is not null && !n.HasScoredBelow).ToList();
            caps = LeaderCaps.Match(names, list, problems);
            for (var i = 0; i < names.Count; i++)
            {
                if (caps[i] == 0 && list.Count > 0) problems.Add(new ImportProblem(found[i].Node.Line, found[i].Node.Source, ImportFault.LeaderCapMissing, Detail: names[i]));
                capNames[i] = list.FirstOrDefault(n => n.Points == caps[i] && names[i].Contains(n.Title))?.Title;
            }
        }
        var aliases = Aliases.Make(names, capNames);
        var categories = found.Select((f, i) =>
        {
            var (max, items) = Block(f.Node, problems);
            return new Category(f.Node.Title, f.Group, aliases[i], max, caps[i], items)
            {
                Criteria = Criteria(f.Node), Department = f.Node.Department, ScaleTo = f.Node.ScaleTo,
            };
        }).ToList();

        var vetoes = sections.Where(s => Sections.Of(s) == Sections.Kind.Veto).SelectMany(s => Sections.Vetoes(s, problems)).ToList();
        var vetoLines = all.Where(n => !inSection.Contains(n)).SelectMany(n => n.Lines).Where(l => l.Text.Contains(ImportKeywords.VetoWord)).DistinctBy(l => l.Number);
        vetoes.AddRange(vetoLines.Select(l => Sections.Veto(l, problems)).OfType<Veto>());
        var rubric = new Rubric(PlanTitle.Read(lines), categories)
        {
            Bonus = sections.Where(s => Sections.Of(s) == Sections.Kind.Bonus).Select(s => Sections.Side(s, problems)).FirstOrDefault(s => s is not null),
            Deductions = sections.Where(s => Sections.Of(s) == Sections.Kind.Deductions).Select(s => Sections.Side(s, problems)).FirstOrDefault(s => s is not null),
            Veto = vetoes,
            Grades = sections.Where(s => Sections.Of(s) == Sections.Kind.Grades).Select(s => Sections.Grades(s, problems)).FirstOrDefault(g => g is not null),
        };

        // A plan without a leadership part has no caps and gives the leaders a weight of 0.
        var policy = leaderPart is null ? new FinalFormula(1, 0) : FinalFormula.Read(lines);
        if (found.Count > 0)
        {
            foreach (var problem in RubricValidator.Problems(rubric))
            {
                var node = problem.Place.Category is { } c && c <= found.Count ? found[c - 1].Node : null;
                problems.Add(new ImportProblem(node?.Line, node?.Source ?? "", ImportFault.RubricRule, Rubric: problem));
            }
        }
        return new ImportResult(rubric, policy, problems.OrderBy(p => p.Line ?? int.MaxValue).ToList());
    }

    /// <summary>Categories: the highest scored headings with scored items below them; unscored headings above them are their groups.</summary>
    static void FindCategories(PlanNode node, string? group, HashSet<PlanNode> excluded, List<(PlanNode, string)> found)
    {
        foreach (var child in node.Children)
        {
            if (excluded.Contains(child) || !child.HasScoredBelow) continue;
            // A heading with points over items is a category; so is one without points whose items are scored leaves (a table's first column).
            if (child.Points is not null || child.Children.Any(c => c.Points is not null && !c.HasScoredBelow)) found.Add((child, group ?? (node.Title.Length > 0 ? node.Title : child.Title)));
            else FindCategories(child, child.Title, excluded, found);
        }
    }

    /// <summary>A block's maximum and items; its sum checked against its own points, a block without points counted as its sum.</summary>
    static (decimal Max, IReadOnlyList<Item> Items) Block(PlanNode node, List<ImportProblem> problems)
    {
        var scored = node.Children.Where(c => c.Points is not null || c.HasScoredBelow).ToList();
        foreach (var loose in node.Children.Except(scored))
        {
            if (scored.Count > 0) problems.Add(new ImportProblem(loose.Line, loose.Source, ImportFault.TextWithoutPoints, Detail: loose.Title));
            node.AddCriteria(loose.Source);
        }
        var items = scored.Select(c =>
        {
            var (max, below) = Block(c, problems);
            return new Item(c.Title, max) { Items = below, Criteria = Criteria(c), Department = c.Department, ScaleTo = c.ScaleTo };
        }).ToList();
        var sum = items.Sum(i => i.Max);
        if (node.Points is not { } points)
        {
            problems.Add(new ImportProblem(node.Line, node.Source, ImportFault.BlockWithoutPoints, sum, Detail: node.Title));
            return (sum, items);
        }
        if (items.Count > 0 && sum != points)
            problems.Add(new ImportProblem(node.Line, node.Source, ImportFault.ChildrenDoNotAddUp, sum, points, node.Title));
        return (points, items);
    }

    static string? Criteria(PlanNode node) => node.Criteria.Length == 0 ? null : node.Criteria.ToString();
}
