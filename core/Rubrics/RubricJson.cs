using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatAppraisal.Rubrics;

/// <summary>Reads and writes the rubric's JSON form: the embedded seed, a period's stored copy and the admin API body.</summary>
public static class RubricJson
{
    public const string SeedResource = "ChatAppraisal.Rubrics.rubric.2017.json";

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        // The optional parts (nested items, criteria, department, scaleTo, the sides) are left out where a plan has none.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The rubric of the town's 2017 plan, as shipped.</summary>
    public static string SeedText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(SeedResource)
            ?? throw new InvalidOperationException($"Embedded rubric '{SeedResource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses and validates; throws <see cref="RubricException"/> naming the place of each problem.</summary>
    public static Rubric Parse(string json)
    {
        RubricDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<RubricDto>(json, Options);
        }
        catch (JsonException e)
        {
            var place = e.LineNumber is { } line ? new RubricPlace(Line: line + 1, Position: e.BytePositionInLine + 1) : RubricPlace.Whole;
            throw new RubricException(new RubricProblem(RubricFault.Malformed, place, Detail: e.Message));
        }
        if (dto is null)
            throw new RubricException(new RubricProblem(RubricFault.Empty, RubricPlace.Whole));
        if (Unbuildable(dto) is { Count: > 0 } problems)
            throw new RubricException(problems);
        var rubric = FromDto(dto);
        RubricValidator.ThrowIfInvalid(rubric);
        return rubric;
    }

    /// <summary>The rubric a body describes without validating it (null when it cannot be built): a refused edit shown again as typed.</summary>
    public static Rubric? ParseUnchecked(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RubricDto>(json, Options) is { } dto && Unbuildable(dto) is { Count: 0 } ? FromDto(dto) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The rubric a buildable body describes, not yet validated.</summary>
    static Rubric FromDto(RubricDto dto) => new(
        dto.Title ?? "",
        (dto.Categories ?? []).Select(c => c!).Select(c => new Category(c.Name ?? "", c.Group ?? "", c.Alias ?? "", c.Max, c.LeaderCap, Items(c.Items))
        {
            Criteria = c.Criteria, Department = c.Department, ScaleTo = c.ScaleTo,
        }).ToList())
    {
        Bonus = ReadSide(dto.Bonus),
        Deductions = ReadSide(dto.Deductions),
        Veto = (dto.Veto ?? []).Select(v => new Veto(v!.Event ?? "", Consequence(v.Consequence)!.Value)).ToList(),
        Grades = dto.Grades is { } g ? new Grades(Basis(g.By)!.Value, (g.Lines ?? []).Select(l => new Grade(l!.Name ?? "", l.Count, l.MinScore)).ToList()) : null,
    };

    static IReadOnlyList<Item> Items(List<ItemDto?>? items) => (items ?? []).Select(i => new Item(i!.Name ?? "", i.Max)
    {
        Items = Items(i.Items), Criteria = i.Criteria, Department = i.Department, ScaleTo = i.ScaleTo,
    }).ToList();

    static Side? ReadSide(SideDto? side) => side is null ? null
        : new Side(side.Cap, (side.Lines ?? []).Select(l => new SideLine(l!.Name ?? "", l.Points, l.PerEvent) { Criteria = l.Criteria }).ToList());

    static VetoConsequence? Consequence(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "notexcellent" => VetoConsequence.NotExcellent,
        "last" => VetoConsequence.Last,
        _ => null,
    };

    static GradeBasis? Basis(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "rank" => GradeBasis.Rank,
        "score" => GradeBasis.Score,
        _ => null,
    };

    /// <summary>
    /// What stops a rubric from being built at all: null categories or items, and figures so large that the sums a
    /// <see cref="Rubric"/> keeps would overflow (a JSON body can hold any decimal).
    /// </summary>
    static List<RubricProblem> Unbuildable(RubricDto dto)
    {
        var problems = new List<RubricProblem>();
        var categories = dto.Categories ?? [];
        for (var ci = 0; ci < categories.Count; ci++)
        {
            if (categories[ci] is not { } c)
            {
                problems.Add(new RubricProblem(RubricFault.CategoryNull, RubricPlace.OfCategory(ci, null)));
                continue;
            }
            var where = RubricPlace.OfCategory(ci, c.Name);
            if (Math.Abs(c.Max) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, where, c.Max));
            if (Math.Abs(c.LeaderCap) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.LeaderCapTooLarge, where, c.LeaderCap));
            if (c.ScaleTo is { } scale && Math.Abs(scale) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.ScaleToTooLarge, where, scale));
            UnbuildableItems(c.Items, where, problems);
        }
        foreach (var (side, section) in new[] { (dto.Bonus, RubricSection.Bonus), (dto.Deductions, RubricSection.Deductions) })
        {
            if (side is null) continue;
            if (side.Cap is { } cap && Math.Abs(cap) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, RubricPlace.OfSection(section), cap));
            var lines = side.Lines ?? [];
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i] is not { } line) problems.Add(new RubricProblem(RubricFault.ItemNull, RubricPlace.OfSection(section, i)));
                else if (Math.Abs(line.Points) > RubricValidator.LargestFigure)
                    problems.Add(new RubricProblem(RubricFault.MaxTooLarge, RubricPlace.OfSection(section, i) with { ItemName = line.Name }, line.Points));
            }
        }
        var veto = dto.Veto ?? [];
        for (var i = 0; i < veto.Count; i++)
        {
            if (veto[i] is not { } v) problems.Add(new RubricProblem(RubricFault.ItemNull, RubricPlace.OfSection(RubricSection.Veto, i)));
            else if (Consequence(v.Consequence) is null)
                problems.Add(new RubricProblem(RubricFault.ConsequenceUnknown, RubricPlace.OfSection(RubricSection.Veto, i) with { ItemName = v.Event }, Detail: v.Consequence));
        }
        if (dto.Grades is { } grades)
        {
            if (Basis(grades.By) is null) problems.Add(new RubricProblem(RubricFault.GradeBasisUnknown, RubricPlace.OfSection(RubricSection.Grades), Detail: grades.By));
            var lines = grades.Lines ?? [];
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i] is not { } line) problems.Add(new RubricProblem(RubricFault.ItemNull, RubricPlace.OfSection(RubricSection.Grades, i)));
                else if (line.MinScore is { } min && Math.Abs(min) > RubricValidator.LargestFigure)
                    problems.Add(new RubricProblem(RubricFault.MaxTooLarge, RubricPlace.OfSection(RubricSection.Grades, i) with { ItemName = line.Name }, min));
            }
        }
        return problems;
    }

    static void UnbuildableItems(List<ItemDto?>? items, RubricPlace parent, List<RubricProblem> problems)
    {
        items ??= [];
        for (var ii = 0; ii < items.Count; ii++)
        {
            if (items[ii] is not { } item)
            {
                problems.Add(new RubricProblem(RubricFault.ItemNull, parent.OfItem(ii, null)));
                continue;
            }
            var at = parent.OfItem(ii, item.Name);
            if (Math.Abs(item.Max) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, at, item.Max));
            if (item.ScaleTo is { } scale && Math.Abs(scale) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.ScaleToTooLarge, at, scale));
            UnbuildableItems(item.Items, at, problems);
        }
    }

    public static string Write(Rubric rubric) => JsonSerializer.Serialize(ToDto(rubric), Options);

    /// <summary>The rubric's JSON form as data: what <see cref="Write"/> writes and <see cref="Parse"/> reads.</summary>
    public static RubricDto ToDto(Rubric rubric) => new(rubric.Title, rubric.Categories.Select(c => (CategoryDto?)
            new CategoryDto(c.Name, c.Group, c.Alias, c.Max, c.LeaderCap, ItemDtos(c.Items)!, c.Criteria, c.Department, c.ScaleTo)).ToList(),
        ToSideDto(rubric.Bonus), ToSideDto(rubric.Deductions),
        rubric.Veto.Count == 0 ? null : rubric.Veto.Select(v => (VetoDto?)new VetoDto(v.Event, v.Consequence == VetoConsequence.Last ? "last" : "notExcellent")).ToList(),
        rubric.Grades is { } g ? new GradesDto(g.By == GradeBasis.Score ? "score" : "rank", g.Lines.Select(l => (GradeDto?)new GradeDto(l.Name, l.Count, l.MinScore)).ToList()) : null);

    static List<ItemDto?> ItemDtos(IReadOnlyList<Item> items) => items.Select(i =>
        (ItemDto?)new ItemDto(i.Name, i.Max, i.IsLeaf ? null : ItemDtos(i.Items), i.Criteria, i.Department, i.ScaleTo)).ToList();

    static SideDto? ToSideDto(Side? side) => side is null ? null
        : new SideDto(side.Cap, side.Lines.Select(l => (SideLineDto?)new SideLineDto(l.Name, l.Points, l.PerEvent, l.Criteria)).ToList());

    public static Rubric Seed() => Parse(SeedText());

    public sealed record RubricDto(string? Title, List<CategoryDto?>? Categories, SideDto? Bonus = null, SideDto? Deductions = null,
        List<VetoDto?>? Veto = null, GradesDto? Grades = null);

    public sealed record CategoryDto(string? Name, string? Group, string? Alias, decimal Max, decimal LeaderCap, List<ItemDto?>? Items,
        string? Criteria = null, string? Department = null, decimal? ScaleTo = null);

    /// <param name="Items">Its own items where the plan goes deeper; absent for a scorable item.</param>
    public sealed record ItemDto(string? Name, decimal Max, List<ItemDto?>? Items = null, string? Criteria = null, string? Department = null, decimal? ScaleTo = null);

    /// <param name="Cap">The most the side adds or takes in all; absent for no cap.</param>
    public sealed record SideDto(decimal? Cap, List<SideLineDto?>? Lines);

    public sealed record SideLineDto(string? Name, decimal Points, bool PerEvent = false, string? Criteria = null);

    /// <param name="Consequence">notExcellent (不得评为优秀) or last (排名最后).</param>
    public sealed record VetoDto(string? Event, string? Consequence);

    /// <param name="By">rank (counts from the top) or score (lines on the final score).</param>
    public sealed record GradesDto(string? By, List<GradeDto?>? Lines);

    public sealed record GradeDto(string? Name, int? Count = null, decimal? MinScore = null);
}

/// <summary>A rubric refused, with each problem as data; the message is the admin API's English sentence.</summary>
public sealed class RubricException : Exception
{
    public RubricException(params IReadOnlyList<RubricProblem> problems)
        : base(problems.Count == 1 && problems[0].Fault is RubricFault.Malformed or RubricFault.Empty
            ? problems[0].ToString()
            : "The rubric is invalid: " + string.Join(" ", problems))
        => Problems = problems;

    public IReadOnlyList<RubricProblem> Problems { get; }
}
