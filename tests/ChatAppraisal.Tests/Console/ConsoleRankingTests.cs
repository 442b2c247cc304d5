using System.Globalization;
using System.Text.Json;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Browser;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>排名 shows every figure GET /api/ranking answers, row by row, for the README's worked example beside an unscored village.</summary>
public class ConsoleRankingTests
{
    [Fact]
    public async Task TheRankingTableShowsEveryFigureOfTheApisRanking()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office);
        app.WorkedExample("新庄村");
        app.AddVillage("东岗村");

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", "test-admin-key-0123456789");
        using var api = JsonDocument.Parse(await http.GetStringAsync("/api/ranking"));

        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        var rows = await page.Locator("#ranking tbody tr").AllAsync();
        Assert.Equal(api.RootElement.GetArrayLength(), rows.Count);
        foreach (var (row, figures) in rows.Zip(api.RootElement.EnumerateArray()))
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            string N(string field) => figures.GetProperty(field).GetDecimal().ToString(CultureInfo.InvariantCulture);
            string I(string field) => figures.GetProperty(field).GetInt32().ToString(CultureInfo.InvariantCulture);
            Assert.Equal(
                [I("rank"), figures.GetProperty("village").GetString()!, N("final"), figures.GetProperty("complete").GetBoolean() ? "是" : "否",
                 (figures.GetProperty("completion").GetDecimal() * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
                 N("onsite"), N("onsite1000"), N("leader"), N("leader1000"),
                 $"{I("itemsScored")} / {I("itemsTotal")}", $"{I("leadersRated")} / {I("leadersExpected")}"],
                cells.Select(c => c.Trim()));
        }
        // The README's worked example, as the office reads it: 984.90, first, complete.
        Assert.Equal(["1", "新庄村", "984.90", "是"], (await rows[0].Locator("td").AllInnerTextsAsync()).Take(4).Select(c => c.Trim()));
        Assert.Contains("综合得分 = 现场考核千分制 × 90%", await page.Locator("dl.policy").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("ranking-worked-360.png"), FullPage = true });
        await page.SetViewportSizeAsync(1366, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("ranking-worked-desktop.png"), FullPage = true });
    }

    /// <summary>A plan without a leadership part (weight 0) has no ratings to combine: the box does not say how.</summary>
    [Fact]
    public async Task ThePolicyBoxSaysHowLeaderRatingsAreCombinedOnlyWhileTheyCount()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office);
        app.WorkedExample("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        var box = page.Locator("dl.policy");
        var withLeaders = await box.InnerTextAsync();
        Assert.Contains("党政班子成员评分汇总方式", withLeaders);
        Assert.Contains("已评党政班子成员", await page.Locator("#ranking").InnerTextAsync());
        Assert.Contains("党政班子成员评分取平均分", withLeaders);

        var setup = app.Services.GetRequiredService<PeriodSetup>();
        Assert.True(setup.SetPolicy(ConsoleApp.Setup, app.Period.Id, app.Period.Policy with { OnsiteWeight = 1, LeaderWeight = 0 }).Ok);
        await page.ReloadAsync();

        var onsiteOnly = await box.InnerTextAsync();
        Assert.DoesNotContain("汇总方式", onsiteOnly);
        Assert.DoesNotContain("党政班子成员评分取", onsiteOnly);
        Assert.Contains("党政班子成员评分权重", onsiteOnly); // the weight itself still says it is 0
        Assert.Contains("综合得分 = 现场考核千分制 × 100%；单项超出满分按满分计", onsiteOnly);
        // Nor does the table show the ratings that count for nothing; the village is complete without them.
        var table = await page.Locator("#ranking").InnerTextAsync();
        Assert.DoesNotContain("党政班子成员", table);
        Assert.Equal(["1", "新庄村", "994.33", "是", "100%"], (await page.Locator("#ranking tbody tr").First.Locator("td").AllInnerTextsAsync()).Take(5).Select(c => c.Trim()));
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("ranking-onsite-only-360.png"), FullPage = true });
        await page.SetViewportSizeAsync(1366, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("ranking-onsite-only-desktop.png"), FullPage = true });
    }
}
