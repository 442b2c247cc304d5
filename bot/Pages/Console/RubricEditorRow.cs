using System.Text.Json;
using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// One row of 评分细则's table editor: a node of the rubric's tree at its level (1 a category, 2 its items, 3… below),
/// with what the row does not edit (group, short name, leaders' cap, scaleTo, department) carried along as JSON, so the
/// page's script rebuilds the same rubric from the rows.
/// </summary>
public sealed record RubricEditorRow(string Number, int Level, string Name, decimal Max, string? Criteria, string Kept)
{
    public static IEnumerable<RubricEditorRow> Of(Rubric rubric)
    {
        for (var ci = 0; ci < rubric.Categories.Count; ci++)
        {
            var c = rubric.Categories[ci];
            yield return new($"{ci + 1}", 1, c.Name, c.Max, c.Criteria,
                Json(("group", c.Group), ("alias", c.Alias), ("leaderCap", c.LeaderCap), ("scaleTo", c.ScaleTo), ("department", c.Department)));
            foreach (var (number, depth, item) in c.Nodes())
                yield return new($"{ci + 1}.{number}", depth + 1, item.Name, item.Max, item.Criteria, Json(("scaleTo", item.ScaleTo), ("department", item.Department)));
        }
    }

    static string Json(params (string Key, object? Value)[] fields) =>
        JsonSerializer.Serialize(fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value));
}
