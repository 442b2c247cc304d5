using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAppraisal.Tests.Rubrics.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatAppraisal.Tests.Admin;

/// <summary>POST /api/rubric/import through the real host: a proposal from the plan's text or file, and nothing saved.</summary>
public class RubricImportApiTests
{
    static HttpContent PlainText(string text, string charset = "utf-8")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"text/plain; charset={charset}");
        return content;
    }

    static HttpContent File(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }

    /// <summary>What an import must leave alone: the period's rubric and the audit trail.</summary>
    static (string Rubric, int Audit) Stored(AdminApiFactory api) => (api.Period.Doc.RubricJson, api.Store.Audit.Entries.Count());

    [Fact]
    public async Task TheSeedsTextIsProposedAsTheShippedRubricWithItsWeightsAndProblemsAndNothingIsSaved()
    {
        using var api = new AdminApiFactory();
        var before = Stored(api);

        var json = await (await api.Client().PostAsync("/api/rubric/import", PlainText(SeedPlan.Text()))).ReadJson();

        var rubric = json.GetProperty("rubric");
        Assert.Equal(15, rubric.GetProperty("categories").GetArrayLength());
        Assert.Equal(117, rubric.GetProperty("categories").EnumerateArray().Sum(c => c.GetProperty("items").GetArrayLength()));
        Assert.Equal([20m, 10m, 5m, 10m, 5m, 15m, 10m, 5m, 5m, 5m, 4m, 1m, 1m, 2m, 2m],
            rubric.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("leaderCap").GetDecimal()));
        Assert.Equal([100.5m, 104m], rubric.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("itemSum").GetDecimal()));
        Assert.Equal((0.9m, 0.1m), (json.GetProperty("policy").GetProperty("onsiteWeight").GetDecimal(), json.GetProperty("policy").GetProperty("leaderWeight").GetDecimal()));
        var withoutFen = json.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("problem").GetString()!.Contains("has no 分"));
        Assert.Equal(85, withoutFen.GetProperty("line").GetInt32());
        Assert.StartsWith("9)劳务输转(100分)", withoutFen.GetProperty("text").GetString());
        Assert.Equal(before, Stored(api));

        // The proposal is what PUT takes, as it stands.
        var body = JsonNode.Parse(rubric.GetRawText())!.AsObject();
        await (await api.Client().Send("PUT", "/api/rubric", body.ToJsonString())).ReadJson();
    }

    [Fact]
    public async Task ProblemsAreSaidInChineseWhenAskedFor()
    {
        using var api = new AdminApiFactory();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/rubric/import") { Content = PlainText(SeedPlan.Text()) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var json = await (await api.Client().SendAsync(request)).ReadJson();

        Assert.Contains(json.GetProperty("problems").EnumerateArray(), p => p.GetProperty("problem").GetString() == "“精准扶贫劳动力培训摸底表”的分值 10 没有写“分”，按 10 分读入，请核对。");
    }

    [Fact]
    public async Task AWordFileWithHeadingsAndATableIsReadAsItsTreeWithLineNumbers()
    {
        using var api = new AdminApiFactory();
        var before = Stored(api);
        var docx = Docx(
            ["某镇2024年度考核实施方案", "一、党建工作（20分）"],
            [["考核内容", "分值", "评分标准", "负责考核部门"], ["组织生活", "10", "每缺一次扣1分", "组织办"], ["党员教育", "10", "未开展不得分", "组织办"]],
            ["二、经济发展（30分）：集体经济（15分），产业发展（10分）"]);

        var json = await (await api.Client().PostAsync("/api/rubric/import", File(docx, "方案.docx"))).ReadJson();

        var categories = json.GetProperty("rubric").GetProperty("categories");
        Assert.Equal(["党建工作", "经济发展"], categories.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var first = categories[0].GetProperty("items");
        Assert.Equal(["组织生活", "党员教育"], first.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("每缺一次扣1分", first[0].GetProperty("criteria").GetString());
        Assert.Equal("组织办", first[0].GetProperty("department").GetString());
        Assert.Equal("某镇2024年度考核", json.GetProperty("rubric").GetProperty("title").GetString());
        var sum = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.Equal(6, sum.GetProperty("line").GetInt32()); // 2 paragraphs, 3 table rows, then the line that does not add up
        Assert.Contains("add up to 25", sum.GetProperty("problem").GetString());
        Assert.Equal(before, Stored(api));
    }

    [Fact]
    public async Task ATxtFileIsReadLikeTheText()
    {
        using var api = new AdminApiFactory();
        var json = await (await api.Client().PostAsync("/api/rubric/import", File(Encoding.UTF8.GetBytes(SeedPlan.Text()), "plan.txt"))).ReadJson();
        Assert.Equal(15, json.GetProperty("rubric").GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public async Task BadInputIsRefusedWithASentenceAndNothingChanges()
    {
        using var api = new AdminApiFactory();
        var before = Stored(api);
        var client = api.Client();
        var empty = await client.PostAsync("/api/rubric/import", PlainText("  \n "));
        Assert.Contains("empty", await empty.Problem(HttpStatusCode.BadRequest, "body"));
        var notUtf8 = new ByteArrayContent([0xD5, 0xE2, 0xCA, 0xC7]);
        notUtf8.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain");
        Assert.Contains("not UTF-8", await (await client.PostAsync("/api/rubric/import", notUtf8)).Problem(HttpStatusCode.BadRequest, "body"));
        Assert.Contains("'file'", await (await client.PostAsync("/api/rubric/import", new MultipartFormDataContent { { new StringContent("x"), "other" } }))
            .Problem(HttpStatusCode.BadRequest, "file"));
        Assert.Contains("cannot be read", await (await client.PostAsync("/api/rubric/import", File([1, 2, 3, 4], "plan.docx"))).Problem(HttpStatusCode.BadRequest, "file"));

        foreach (var unsupported in new HttpContent[]
        {
            new StringContent("{}", Encoding.UTF8, "application/json"),
            PlainText("一、党建（10分）", "gbk"),
            File([1, 2, 3], "plan.pdf"),
        })
        {
            var response = await client.PostAsync("/api/rubric/import", unsupported);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()));
        }
        Assert.Equal(before, Stored(api));
    }

    /// <summary>A .docx with paragraphs, then a table, then more paragraphs.</summary>
    static byte[] Docx(string[] before, string[][] rows, string[] after)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var text in before) body.Append(new Paragraph(new Run(new Text(text))));
            var table = new Table();
            foreach (var row in rows)
                table.Append(new TableRow(row.Select(cell => (OpenXmlElement)new TableCell(new Paragraph(new Run(new Text(cell))))).ToArray()));
            body.Append(table);
            foreach (var text in after) body.Append(new Paragraph(new Run(new Text(text))));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }
}
