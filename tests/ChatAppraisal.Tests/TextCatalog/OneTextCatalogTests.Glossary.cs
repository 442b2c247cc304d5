using System.Text.RegularExpressions;

namespace ChatAppraisal.Tests.TextCatalog;

/// <summary>The Chinese catalogs say each thing by the one name docs/glossary.md gives it, and address the reader as 您 (issue 29.11).</summary>
public partial class OneTextCatalogTests
{
    static readonly string[] ChineseCatalog = ["core/Texts/Zh/", "bot/Texts/Zh/"];

    /// <summary>The glossary's "not used" words, each with the name to say instead.</summary>
    static readonly (Regex Word, string Instead)[] NotUsed =
    [
        (new(@"实地"), "现场考核"),
        (new(@"现场合计|现场得分|现场满分"), "现场考核合计, 现场考核得分, 现场考核满分"),
        (new(@"领导评分|班子评分(?!上限)|(?<!党政)班子成员评分"), "党政班子成员评分 (班子评分上限 is the rubric workbook's column, read back)"),
        (new(@"(?<!党政)班子成员(?!评分)"), "党政班子成员"),
        (new(@"(?<!签字)密封|(?<!组长)签字(?!密封|人|指纹)"), "签字密封, 已签字密封, 撤销签字密封 (签字人 names who; the sheet's signature line is 考核组长签字)"),
        (new(@"最终得分"), "综合得分"),
        (new(@"你|(?<![A-Za-z])TA(?![A-Za-z])"), "您, or the member's name"),
    ];

    [Fact]
    public void TheChineseCatalogSaysTheGlossarysNames()
    {
        var offenders = ProductionFiles()
            .Where(f => ChineseCatalog.Any(f.Path.StartsWith))
            .SelectMany(f => ChineseLiterals(f).SelectMany(l => NotUsed.Where(n => n.Word.IsMatch(l)).Select(n => $"{f.Path}: {l} — say {n.Instead}")))
            .ToList();
        Assert.True(offenders.Count == 0, "Use docs/glossary.md's names:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheGlossaryGuardFindsAWordItDoesNotUse()
    {
        string[] Found(string literal) => NotUsed.Where(n => n.Word.IsMatch(literal)).Select(n => n.Instead).ToArray();
        Assert.Single(Found("\"密封后不能再补录\""));
        Assert.Single(Found("\"您写了 30，将替换你的评分\""));
        Assert.Single(Found("\"【班子成员】未评的村\""));
        Assert.Empty(Found("\"已签字密封：签字人 张晓岩；党政班子成员评分 1/2；现场考核合计；班子评分上限\""));
    }
}
