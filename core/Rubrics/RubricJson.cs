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

    /// <summary>Parses and validates; throws <see cref="RubricException"/> naming the place on any error.</summary>
    public static Rubric Parse(string json)
    {
        RubricDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<RubricDto>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new RubricException($"Rubric JSON is malformed{where}: {e.Message}");
        }
        if (dto is null)
            throw new RubricException("Rubric JSON is empty (null).");
        var rubric = new Rubric(
            dto.Title ?? "",
            (dto.Categories ?? []).Select(c => new Category(
                c.Name ?? "", c.Group ?? "", c.Alias ?? "", c.Max, c.LeaderCap,
                (c.Items ?? []).Select(i => new Item(i.Name ?? "", i.Max)).ToList())).ToList());
        RubricValidator.ThrowIfInvalid(rubric);
        return rubric;
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

public sealed class RubricException(string message) : Exception(message);
