using System.Text.RegularExpressions;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>The rubric's title from the plan's name: 《新庄镇2017年度…综合考核实施方案》 → 新庄镇2017年度…综合考核.</summary>
public static partial class PlanTitle
{
    public const int MaxLength = 100;

    public static string Read(IReadOnlyList<PlanLine> lines)
    {
        var named = lines.SelectMany(l => BookRegex().Matches(l.Text)).Select(m => m.Groups[1].Value)
            .FirstOrDefault(t => ImportKeywords.PlanWords.Any(t.Contains));
        var title = named ?? lines.Select(l => l.Text).FirstOrDefault(t => !t.Contains('\t') && ImportKeywords.PlanWords.Any(t.Contains))
            ?? lines.FirstOrDefault()?.Text ?? "";
        title = string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
        foreach (var suffix in ImportKeywords.TitleSuffixes)
        {
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.Ordinal))
            {
                title = title[..^suffix.Length];
                break;
            }
        }
        return title.Length > MaxLength ? title[..MaxLength] : title;
    }

    [GeneratedRegex("《([^》]{2,200})》")]
    private static partial Regex BookRegex();
}
