using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;
using ChatAppraisal.Tests.Admin;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>The importer fed random plans (numbering, points in every form, keywords, tabs, noise): it never throws, and the API never saves.</summary>
public class RubricImportFuzzTests
{
    static readonly string[] Pieces =
    [
        "一、", "二、", "（一）", "(二)", "1.", "2、", "（1）", "3)", "①", "党建工作", "组织建设", "三会一课", "、", "，", ",", "；", "。", "：",
        "（10分）", "(5.5分)", "20分", "30分)", "(4分", "(10)", "（100分，总分按折合10分计算）", "每缺一次扣1分", "得2分", "其中", "加分项目",
        "扣分项目", "一票否决", "等次", "优秀", "前2名", "90分以上", "最多不超过10分", "每起扣5分", "×90%", "+", "班子成员", "考核组考核",
        "负责考核部门：组织办", "\t", "\n", "\r\n", " ", "　", "《某镇考核实施方案》", "99999999999999999999999999999999分", "(", ")", "分", "%",
    ];

    static Gen<string> Plan { get; } = Gen.Frequency(
            (6, Gen.Elements(Pieces)),
            (1, FuzzText.AnyChar),
            (1, Gen.Choose(0, 1000).Select(n => n.ToString())))
        .ListOf().Select(parts => string.Concat(parts));

    [FuzzProperty(300)]
    public Property AnyTextGivesAProposalAndNeverThrows() => Prop.ForAll(Plan.ToArbitrary(), text =>
    {
        var result = RubricImporter.FromText(text);
        _ = RubricJson.Write(result.Rubric);
        _ = RubricValidator.Warnings(result.Rubric);
        return result.Problems.All(p => Texts.Zh.ImportProblemText(p).Length > 0 && p.ToString().Length > 0);
    });

    [Fact]
    public async Task RandomPlansPostedToTheApiAreAnsweredAndSaveNothing()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        var (rubric, audit) = (api.Period.Doc.RubricJson, api.Store.Audit.Entries.Count());
        foreach (var text in Plan.Sample(40, 1))
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=utf-8");
            var response = await client.PostAsync("/api/rubric/import", content);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {FuzzText.Show(text)}");
        }
        Assert.Equal((rubric, audit), (api.Period.Doc.RubricJson, api.Store.Audit.Entries.Count()));
    }
}
