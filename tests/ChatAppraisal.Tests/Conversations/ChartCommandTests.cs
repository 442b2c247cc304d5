using ChatAppraisal.Conversations;
using ChatAppraisal.Export;
using ChatAppraisal.Scoring;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Export;
using ChatAppraisal.Tests.Reports;
using SkiaSharp;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>The office's pictures and files through the engine (issue 6), over the hand-computed three-village scenario.</summary>
public class ChartCommandTests
{
    static (ChatHarness Chat, ReportScenario Scenario, ChatUser Office) Scenario()
    {
        var chat = new ChatHarness(samples: false);
        var scenario = new ReportScenario(chat.Db).EnterAll();
        return (chat, scenario, chat.Member("刘主任", Role.Office));
    }

    static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable image");

    [Fact]
    public async Task RankingAnswersWithADecodablePngCaptionedWithTheTopThreeAndTheFormula()
    {
        var (chat, scenario, office) = Scenario();
        using var _ = chat;

        var image = Assert.IsType<ImageReply>(Assert.Single(await chat.Send(office, "/ranking")));

        using var bitmap = Decode(image.Png);
        Assert.Equal(1080, bitmap.Width);
        Assert.True(bitmap.Height > 200, $"height {bitmap.Height}");
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "chatappraisal-ranking-command.png"), image.Png);
        Assert.Equal(
            $"""
            2017年度综合考核排名（数据时间 2018-01-15 09:00）
            第 1 名 李家塬村 989.13
            第 2 名 新庄村 984.90
            第 3 名 庙台村 915.00（未完成 94%）
            共 3 个村，1 个未完成（缺项按 0 分计）。
            {Texts.Zh.PolicyLine(scenario.Period.Policy)}
            """.ReplaceLineEndings("\n"),
            image.Caption);
    }

    [Fact]
    public async Task RankingTextStillGivesTheTable()
    {
        var (chat, _, office) = Scenario();
        using var _ = chat;

        var replies = await chat.Send(office, "/ranking text");

        Assert.Empty(replies.OfType<ImageReply>());
        Assert.Contains("2  新庄村   994.33  900.00  984.90  完成", ReportScenario.Plain(replies.Text()));
    }

    [Fact]
    public async Task RankingOfMoreVillagesThanAPhotoShowsComesAsAPngFile()
    {
        using var chat = new ChatHarness(samples: false);
        foreach (var i in Enumerable.Range(1, 61)) chat.Db.AddVillage($"第{i:00}村");
        var office = chat.Member("刘主任", Role.Office);

        var document = Assert.IsType<DocumentReply>(Assert.Single(await chat.Send(office, "/ranking")));

        Assert.Equal("2017年度综合考核排名.png", document.FileName);
        using var bitmap = Decode(document.Content);
        Assert.Equal(1080, bitmap.Width);
        Assert.StartsWith("2017年度综合考核排名", document.Caption);
    }

    [Fact]
    public async Task SheetAnswersWithTheVillagesChartAndItsSummary()
    {
        var (chat, _, office) = Scenario();
        using var _ = chat;

        var replies = await chat.Send(office, "/sheet 新庄");

        var image = Assert.IsType<ImageReply>(replies[0]);
        using var bitmap = Decode(image.Png);
        Assert.True(bitmap.Width > 500 && bitmap.Height > 500, $"{bitmap.Width}×{bitmap.Height}");
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "chatappraisal-sheet-command.png"), image.Png);
        Assert.StartsWith("新庄村 · 2017年度考核评分", image.Caption);
        Assert.Contains("综合得分 984.90 · 第 2 名（共 3 个村）", image.Caption);
        Assert.Contains("现场考核 1491.5 / 1500，折合千分制 994.33（已评 117/117 项）", image.Caption);
        Assert.Contains("党建工作 97.5/100 · 班子", image.Caption);
        Assert.EndsWith("考核组长尚未签字密封", image.Caption);
        Assert.Equal("要看未评分的项目和完整指纹，请发送：/sheet 新庄村 text", Assert.IsType<TextReply>(replies[^1]).Text);
    }

    [Fact]
    public async Task ExportAnswersWithTheWorkbookWhoseSummaryMatchesTheEngineAndTheCsv()
    {
        var (chat, scenario, office) = Scenario();
        using var _ = chat;

        var replies = await chat.Send(office, "/export");

        Assert.Equal(2, replies.Count);
        var xlsx = Assert.IsType<DocumentReply>(replies[0]);
        Assert.Equal("2017年度综合考核评分表.xlsx", xlsx.FileName);
        Assert.Contains("《2017年度党务政务工作目标管理综合考核评分表》", xlsx.Caption);
        using var book = new WorkbookReader(xlsx.Content);
        Assert.Equal([ScoreSheetWorkbook.SummarySheet, "李家塬村", "新庄村", "庙台村", ScoreSheetWorkbook.RatingsSheet], book.SheetNames);
        var ranking = chat.Db.Standings.Compute(scenario.Period).Ranking;
        for (var i = 0; i < ranking.Count; i++)
        {
            var (row, r) = (5 + i, ranking[i].Result);
            Assert.Equal(r.Village, book.Text(ScoreSheetWorkbook.SummarySheet, $"B{row}"));
            Assert.Equal(r.Onsite, book.Number(ScoreSheetWorkbook.SummarySheet, $"C{row}"));
            Assert.Equal(Points.Round2(r.Final), book.Number(ScoreSheetWorkbook.SummarySheet, $"G{row}"));
        }
        Assert.Equal([989.13m, 984.9m, 915m], Enumerable.Range(5, 3).Select(row => book.Number(ScoreSheetWorkbook.SummarySheet, $"G{row}")!.Value));

        var csv = Assert.IsType<DocumentReply>(replies[1]);
        Assert.Equal("2017年度项目得分.csv", csv.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Content[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 3 * scenario.Period.Rubric.ItemCount, lines.Length);
        Assert.Contains("2017年度,新庄村,1,党建工作,3,做合格党员,13,10,李四,2018-01-15 09:00", lines);
    }

    [Fact]
    public async Task ALeaderTryingToExportIsToldTheRoleItNeeds()
    {
        var (chat, _, _) = Scenario();
        using var _ = chat;
        var leader = chat.Member("王明", Role.Leader);

        var replies = await chat.Send(leader, "/export");

        Assert.Equal("/export 需要“考核办公室”角色；您的角色：党政班子成员。", Assert.IsType<TextReply>(Assert.Single(replies)).Text);
    }
}
