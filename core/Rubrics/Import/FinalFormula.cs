using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>The weights of the final formula ("考核组现场考核的15项总得分折合成千分制*90%+党政班子成员打分*10%").</summary>
public sealed partial record FinalFormula(decimal OnsiteWeight, decimal LeaderWeight)
{
    public static FinalFormula? Read(IEnumerable<PlanLine> lines)
    {
        foreach (var line in lines)
        {
            decimal? onsite = null, leader = null;
            foreach (var term in line.Text.Split('+', '＋', '；', ';'))
            {
                if (PercentRegex().Match(term) is not { Success: true } percent) continue;
                if (!decimal.TryParse(percent.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var figure)) continue;
                var weight = figure / 100m;
                if (ImportKeywords.LeaderTerm.Any(term.Contains)) leader ??= weight;
                else if (ImportKeywords.OnsiteTerm.Any(term.Contains)) onsite ??= weight;
            }
            if (onsite is { } o && leader is { } l) return new FinalFormula(o, l);
        }
        return null;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex PercentRegex();
}
