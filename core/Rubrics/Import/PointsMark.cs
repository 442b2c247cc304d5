using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>
/// Points as a plan writes them: "（19分）", "(19分)", "19分", the typos "19分)" and "(19分", and "(19)" without 分; with a
/// scale inside the bracket ("(100分，总分按折合10分计算)"). A figure after 扣, 得, 最高… is a rule, not points.
/// </summary>
public sealed partial record PointsMark(int Start, int End, decimal Value, bool WithoutFen, bool MissingBracket, decimal? ScaleTo)
{
    public static IReadOnlyList<PointsMark> Find(string text)
    {
        var marks = new List<PointsMark>();
        foreach (Match m in MarkRegex().Matches(text))
        {
            var number = m.Groups["n1"].Success ? m.Groups["n1"] : m.Groups["n2"];
            if (!decimal.TryParse(number.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            // "(5分)" after a name is points whatever the name ends with (登记, 会计); a bare "扣1分" is a rule.
            if (text[m.Index] is not ('(' or '（') && RuleBefore(text, m.Index)) continue;
            var bracketed = m.Groups["n1"].Success;
            var withoutFen = bracketed && !m.Groups["f1"].Success;
            if (withoutFen && !AloneInBrackets(text, m)) continue;
            var missing = !bracketed && m.Groups["o2"].Success != m.Groups["c2"].Success;
            decimal? scale = null;
            if (m.Groups["rest"].Success && ScaleRegex().Match(m.Groups["rest"].Value) is { Success: true } s
                && decimal.TryParse(s.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var to))
                scale = to;
            marks.Add(new PointsMark(m.Index, m.Index + m.Length, value, withoutFen, missing, scale));
        }
        return marks;
    }

    /// <summary>"(10)" counts as points only between a name and a separator (not "（1）" numbering a name, nor "(2018)" inside one).</summary>
    static bool AloneInBrackets(string text, Match m)
    {
        var before = m.Index > 0 ? text[m.Index - 1] : ' ';
        var after = m.Index + m.Length < text.Length ? text[m.Index + m.Length] : '，';
        return !IsSeparator(before) && (IsSeparator(after) || after is '。' or '.');
    }

    static bool RuleBefore(string text, int index)
    {
        var before = text[Math.Max(0, index - 4)..index].TrimEnd(' ', '（', '(');
        return ImportKeywords.NotPointsBefore.Any(before.EndsWith);
    }

    public static bool IsSeparator(char c) => c is ',' or '，' or '、' or ';' or '；' or ' ' or '\u3000';

    [GeneratedRegex(@"(?<![\d.])(?:[（(]\s*(?<n1>\d+(?:\.\d+)?)\s*(?<f1>分)?\s*(?<rest>[,，;；][^（()）\n]*)?[）)]|(?:(?<o2>[（(])\s*)?(?<n2>\d+(?:\.\d+)?)\s*分(?![制值数钟比以])\s*(?<c2>[）)])?)")]
    private static partial Regex MarkRegex();

    [GeneratedRegex(ImportKeywords.ScalePattern)]
    private static partial Regex ScaleRegex();
}
