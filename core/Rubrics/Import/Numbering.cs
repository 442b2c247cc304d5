using System.Text.RegularExpressions;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>The plan's heading numbers: 一、 > （一） > 1. > （1） > ①, each style one level in the order the plan first uses it.</summary>
public static partial class Numbering
{
    public enum Style { None, Chinese, ChineseBracket, Arabic, ArabicBracket, Circled }

    /// <summary>The heading's numbering style and the text after the number; <see cref="Style.None"/> for a line that is not a heading.</summary>
    public static (Style Style, string Text) Read(string line)
    {
        foreach (var (style, regex) in Styles)
        {
            var m = regex.Match(line);
            if (m.Success) return (style, line[m.Length..].TrimStart(' ', '\u3000', '.', '．'));
        }
        return (Style.None, line);
    }

    /// <summary>A number at the start of an item's name inside a run ("（1）三会一课"), dropped from the name.</summary>
    public static string Strip(string name) => Read(name) is ({ } style, var rest) && style != Style.None && rest.Length > 0 ? rest : name;

    static readonly (Style, Regex)[] Styles =
    [
        (Style.Chinese, ChineseRegex()),
        (Style.ChineseBracket, ChineseBracketRegex()),
        (Style.ArabicBracket, ArabicBracketRegex()),
        (Style.Arabic, ArabicRegex()),
        (Style.Circled, CircledRegex()),
    ];

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}\s*[、.．,，]")]
    private static partial Regex ChineseRegex();

    [GeneratedRegex(@"^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]")]
    private static partial Regex ChineseBracketRegex();

    [GeneratedRegex(@"^([（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[)）])")]
    private static partial Regex ArabicBracketRegex();

    /// <summary>"1、" or "1." but not "1.5分" or "2018年".</summary>
    [GeneratedRegex(@"^\d{1,2}\s*(、|[.．](?!\d))")]
    private static partial Regex ArabicRegex();

    [GeneratedRegex(@"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")]
    private static partial Regex CircledRegex();
}
