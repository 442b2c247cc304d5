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
        var rubric = new Rubric(
            dto.Title ?? "",
            (dto.Categories ?? []).Select(c => new Category(
                c.Name ?? "", c.Group ?? "", c.Alias ?? "", c.Max, c.LeaderCap,
                (c.Items ?? []).Select(i => new Item(i.Name ?? "", i.Max)).ToList())).ToList());
        RubricValidator.ThrowIfInvalid(rubric);
        return rubric;
    }

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
            var items = c.Items ?? [];
            for (var ii = 0; ii < items.Count; ii++)
            {
                if (items[ii] is not { } item) problems.Add(new RubricProblem(RubricFault.ItemNull, where.OfItem(ii, null)));
                else if (Math.Abs(item.Max) > RubricValidator.LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, where.OfItem(ii, item.Name), item.Max));
            }
        }
        return problems;
    }

    public static string Write(Rubric rubric) => JsonSerializer.Serialize(
        new RubricDto(rubric.Title, rubric.Categories.Select(c =>
            new CategoryDto(c.Name, c.Group, c.Alias, c.Max, c.LeaderCap,
                c.Items.Select(i => new ItemDto(i.Name, i.Max)).ToList())).ToList()), Options);

    public static Rubric Seed() => Parse(SeedText());

    public sealed record RubricDto(string? Title, List<CategoryDto>? Categories);

    public sealed record CategoryDto(string? Name, string? Group, string? Alias, decimal Max, decimal LeaderCap, List<ItemDto>? Items);

    public sealed record ItemDto(string? Name, decimal Max);
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
