using System.Net;
using System.Net.Http.Headers;
using ChatAppraisal.Admin;
using ChatAppraisal.Export;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;
using ChatAppraisal.Tests.Admin;
using DocumentFormat.OpenXml.Packaging;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using SharedStringItem = DocumentFormat.OpenXml.Spreadsheet.SharedStringItem;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace ChatAppraisal.Tests.Rubrics;

/// <summary>The rubric as a workbook: written, read back cell by cell, re-imported to an equal rubric; edits with faults named by row.</summary>
public class RubricSheetTests
{
    /// <summary>Four levels, a scaled block, criteria over two lines, departments, both sides, vetoes and grades by rank.</summary>
    public static readonly Rubric Nested = new("某镇2025年度村级综合考核",
    [
        new Category("党建工作", "考核内容", "党建", 40, 0,
        [
            new Item("组织建设", 20)
            {
                Items =
                [
                    new Item("三会一课", 10) { Items = [new Item("支部委员会", 5) { Criteria = "每月一次，\n每缺一次扣1分。" }, new Item("党员大会", 5)] },
                    new Item("党员管理", 10) { Department = "组织办" },
                ],
            },
            new Item("宣传工作", 20) { Criteria = "得2分" },
        ]) { Department = "党建办" },
        new Category("经济发展", "考核内容", "经济", 100, 0, [new Item("集体收入", 60), new Item("项目建设", 40)]) { ScaleTo = 30 },
    ])
    {
        Bonus = new Side(10, [new SideLine("获得县级表彰", 2, true) { Criteria = "每项加2分" }, new SideLine("创新工作", 3, false)]),
        Deductions = new Side(20, [new SideLine("发生安全生产事故", 5, true)]),
        Veto = [new Veto("发生重大安全事故", VetoConsequence.NotExcellent), new Veto("发生严重违纪违法案件", VetoConsequence.Last)],
        Grades = new Grades(GradeBasis.Rank, [new Grade("优秀", 2), new Grade("良好", 3), new Grade("一般"), new Grade("较差", 1)]),
    };

    /// <summary>Each sheet's rows as text, read with the Open XML SDK as another program would.</summary>
    static Dictionary<string, List<string[]>> Cells(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return part.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)part.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>().Select(r =>
            {
                var cells = r.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!), c =>
                    c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)]
                    : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
                    : c.CellValue?.Text ?? "");
                return Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, "")).ToArray();
            }).ToList());
    }

    static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;

    [Fact]
    public void ANestedRubricIsOneRowPerNodeAndReadsBackEqual()
    {
        var bytes = RubricWorkbook.Write(Nested);

        var cells = Cells(bytes);
        Assert.Equal(["评分细则", "加分扣分", "一票否决", "等次", "说明"], cells.Keys);
        var tree = cells["评分细则"];
        Assert.Equal(["方案名称", "某镇2025年度村级综合考核"], tree[0].Where(c => c.Length > 0));
        Assert.Equal(RubricWorkbook.TreeColumns, tree[1]);
        Assert.Equal(["1", "1", "党建工作", "40", "", "", "党建办", "考核内容", "党建", "0"], tree[2]);
        Assert.Equal(["4", "1.1.1.1", "\u3000\u3000\u3000支部委员会", "5"], tree[5][..4]);
        Assert.Equal("每月一次，\n每缺一次扣1分。", tree[5][5]);
        Assert.Equal(["1", "2", "经济发展", "100", "30"], tree[9][..5]);
        Assert.Equal(12, tree.Count); // title, header, 2 categories and 8 items below them
        Assert.Equal(["加分上限", "", "10"], cells["加分扣分"][1][..3]);
        Assert.Equal(["加分", "获得县级表彰", "2", "是", "每项加2分"], cells["加分扣分"][2]);
        Assert.Equal(["发生严重违纪违法案件", "排名最后"], cells["一票否决"][2]);
        Assert.Equal(["评定依据", "名次"], cells["等次"][0]);
        Assert.Equal(["一般", "", ""], cells["等次"][4]);

        var read = RubricSheet.Read(new MemoryStream(bytes));
        Assert.Equal(Nested, read.Rubric);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void TheWorkbookOfANestedRubricAndOfTheSeedIsAValidSpreadsheetPackage()
    {
        // What WPS and Excel open: the package valid against the Office schema, as the export's workbook is.
        foreach (var rubric in new[] { Nested, RubricJson.Seed() })
        {
            using var book = SpreadsheetDocument.Open(new MemoryStream(RubricWorkbook.Write(rubric)), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(book).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void TheSeedReadsBackEqualWithItsTwoSumsThatDoNotAddUpAsWarnings()
    {
        var seed = RubricJson.Seed();
        var read = RubricSheet.Read(new MemoryStream(RubricWorkbook.Write(seed)));

        Assert.Equal(seed, read.Rubric);
        Assert.Equal([(100.5m, 100m), (104m, 100m)], read.Problems.Select(p => (p.Value!.Value, p.Expected!.Value)));
        Assert.All(read.Problems, p => Assert.Equal(ImportFault.ChildrenDoNotAddUp, p.Fault));
        Assert.DoesNotContain(read.Problems, RubricSheetApi.Blocks);
    }

    /// <summary>A workbook as an office might edit it: rows in its own words, some wrong.</summary>
    static byte[] Edited(params (int Level, string Name, string Points, string Alias)[] rows)
    {
        var tree = new XlsxSheet(RubricWorkbook.TreeSheet);
        tree.Set(1, 1, "方案名称", CellStyle.Text).Set(1, 2, "改过的方案", CellStyle.Text);
        // Columns moved: the reader goes by the headers.
        string[] header = ["名称", "层级", "分值", "简称", "分组", "班子评分上限"];
        for (var i = 0; i < header.Length; i++) tree.Set(2, i + 1, header[i], CellStyle.Header);
        for (var r = 0; r < rows.Length; r++)
            tree.Set(r + 3, 1, rows[r].Name, CellStyle.Text).Set(r + 3, 2, (decimal)rows[r].Level, CellStyle.Number).Set(r + 3, 3, rows[r].Points, CellStyle.Text)
                .Set(r + 3, 4, rows[r].Alias, CellStyle.Text).Set(r + 3, 5, rows[r].Level == 1 ? "考核内容" : null, CellStyle.Text);
        var veto = new XlsxSheet(RubricWorkbook.VetoSheet).Set(1, 1, "事项", CellStyle.Header).Set(1, 2, "后果", CellStyle.Header)
            .Set(2, 1, "发生重大安全事故", CellStyle.Text).Set(2, 2, "取消评优", CellStyle.Text);
        return XlsxWriter.Write([tree, veto]);
    }

    [Fact]
    public void EachProblemOfAnEditedWorkbookIsNamedByItsSheetAndRow()
    {
        var read = RubricSheet.Read(new MemoryStream(Edited(
            (1, "党建工作", "20分", "党建"),
            (2, "组织建设", "十分", ""),
            (4, "三会一课", "5", ""),
            (1, "经济发展", "30", ""),
            (2, "集体收入", "20", ""),
            (2, "集体收入", "10", ""))));

        var problems = read.Problems.Select(p => (p.Line, p.Text.Split(':')[0], p.Fault, p.Fault == ImportFault.RubricRule ? p.Rubric!.Fault.ToString() : p.Detail));
        (int?, string, ImportFault, string?)[] expected =
        [
            (4, "评分细则", ImportFault.CellUnread, "分值"),                // 十分 is not a figure
            (4, "评分细则", ImportFault.BlockWithoutPoints, "组织建设"),    // so the block counts its items' sum
            (5, "评分细则", ImportFault.LevelSkipped, "三会一课"),          // level 4 under level 2: read as 3
            (3, "评分细则", ImportFault.ChildrenDoNotAddUp, "党建工作"),    // 5 under 20
            (6, "评分细则", ImportFault.RubricRule, "AliasEmpty"),
            (8, "评分细则", ImportFault.RubricRule, "NameUsedTwice"),
            (2, "一票否决", ImportFault.CellUnread, "后果"),                // neither 不得评为优秀 nor 排名最后
        ];
        Assert.Equal(expected.Order(), problems.Order());
        Assert.Equal("“分值”一栏读不出或没有填写，请按“说明”表的写法填写。", Texts.Zh.ImportProblemText(read.Problems.First(p => p.Fault == ImportFault.CellUnread)));
        Assert.Equal(["三会一课"], read.Rubric.Categories[0].Items[0].Items.Select(i => i.Name));
    }

    static ByteArrayContent Workbook(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(RubricSheetApi.ContentType);
        return content;
    }

    [Fact]
    public async Task TheApiDownloadsAPeriodsRubricAndTakesItBackEditedOrRefusesItByRow()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();

        var download = await client.GetAsync("/api/rubric.xlsx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(RubricSheetApi.ContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(api.Period.Rubric, RubricSheet.Read(new MemoryStream(await download.Content.ReadAsByteArrayAsync())).Rubric);

        // Next year's period, not active: its rubric is replaced from the workbook, the active one's untouched.
        var next = await (await client.Post("/api/periods", new { name = "2018年度" })).ReadJson(HttpStatusCode.Created);
        var id = next.GetProperty("id").GetInt32();
        var saved = await (await client.PutAsync($"/api/rubric.xlsx?periodId={id}", Workbook(RubricWorkbook.Write(Nested)))).ReadJson();
        Assert.Equal("某镇2025年度村级综合考核", saved.GetProperty("title").GetString());
        Assert.Equal(Nested, api.Get<ChatAppraisal.Appraisal.Periods>().Find(id)!.Rubric);
        Assert.Equal(RubricJson.Seed(), api.Period.Rubric);

        var before = api.Store.Audit.Entries.Count();
        var refused = await (await client.PutAsync($"/api/rubric.xlsx?periodId={id}", Workbook(Edited((1, "党建工作", "十分", "党建"))))).Problem(HttpStatusCode.BadRequest, "file");
        Assert.Contains("评分细则 row 3: The column '分值' cannot be read or is empty", refused);
        Assert.Equal(Nested, api.Get<ChatAppraisal.Appraisal.Periods>().Find(id)!.Rubric);
        Assert.Equal(before, api.Store.Audit.Entries.Count());

        await (await client.GetAsync("/api/rubric.xlsx?periodId=99")).Problem(HttpStatusCode.NotFound, "periodId");

        // The importer takes the workbook too: a proposal, nothing saved.
        var form = new MultipartFormDataContent { { new ByteArrayContent(RubricWorkbook.Write(Nested)), "file", "细则.xlsx" } };
        var proposal = await (await client.PostAsync("/api/rubric/import", form)).ReadJson();
        Assert.Equal(2, proposal.GetProperty("rubric").GetProperty("categories").GetArrayLength());
        Assert.Equal(0, proposal.GetProperty("problems").GetArrayLength());
    }
}
