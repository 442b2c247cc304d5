using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>村's renaming and removal under the 409 rules, 导出's files read back, 日志's paging and order, the period switcher.</summary>
public class ConsoleRecordsTests
{
    static ILocator Card(IPage page, string village) => page.Locator("#villages section.card", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = village, Exact = true }) });

    [Fact]
    public async Task AnAdminRenamesAVillageIsRefusedForASealedOneAndRemovesOneWithScoresOnlyWhenPressedAgain()
    {
        await using var app = await ConsoleApp.Start();
        var (admin, code) = app.Member("王主任", Role.Admin);
        var scored = app.WorkedExample("新庄村");
        var plain = app.AddVillage("东岗村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();

        await Card(page, "东岗村").GetByLabel("村名").FillAsync("东岗新村");
        await Card(page, "东岗村").GetByRole(AriaRole.Button, new() { Name = "改名" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已改名为：东岗新村");
        Assert.Equal("东岗新村", app.Store.Setup.Villages.FindById(plain.Id)!.Name);
        Assert.Equal(admin.Id, app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.VillageRenamed)!.MemberId);

        // A sealed sheet's name is part of its fingerprint: refused, naming the field, nothing stored.
        Assert.Equal(SealRefusal.None, app.Services.GetRequiredService<Sheets>().Seal(ConsoleApp.Setup, app.Period, scored.Id));
        await Card(page, "新庄村").GetByLabel("村名").FillAsync("新庄新村");
        await Card(page, "新庄村").GetByRole(AriaRole.Button, new() { Name = "改名" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("村名：新庄村的评分表已签字密封");
        Assert.Equal("新庄村", app.Store.Setup.Villages.FindById(scored.Id)!.Name);

        // A village with scores asks once; "remove anyway" removes it with them, audited.
        await Card(page, "新庄村").GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("新庄村已有117 项得分、3 份党政班子成员评分、1 个签字密封");
        Assert.NotNull(app.Store.Setup.Villages.FindById(scored.Id));
        await page.GetByRole(AriaRole.Button, new() { Name = "仍然删除（连同其得分）：新庄村" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已删除：新庄村");
        Assert.Null(app.Store.Setup.Villages.FindById(scored.Id));
        Assert.Equal("王主任", app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.VillageRemoved)!.MemberName);
    }

    [Fact]
    public async Task TheOfficeReadsProgressAndTheAuditAndDownloadsTheWorkbookAndTheCsv()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office);
        app.WorkedExample("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "进度", Exact = true }).ClickAsync();
        Assert.Contains("117 / 117", await page.Locator("#progress-villages").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "日志", Exact = true }).ClickAsync();
        Assert.Contains("党政班子成员评分", await page.Locator("#audit tbody tr").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "导出", Exact = true }).ClickAsync();
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "综合考核评分表（Excel）" }).ClickAsync());
        using (var book = new WorkbookReader(await File.ReadAllBytesAsync(await workbook.PathAsync())))
            Assert.Contains("新庄村", book.SheetNames);
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "项目得分（CSV）" }).ClickAsync());
        var lines = await File.ReadAllLinesAsync(await csv.PathAsync());
        Assert.StartsWith("期间,村,类别序号", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(1 + 117, lines.Length);
    }

    [Fact]
    public async Task TheAuditIsNewestFirstFiftyAPageAndFiltersByVillage()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        app.WorkedExample("新庄村"); // 117 scores and 3 ratings: more than two pages
        var quiet = app.AddVillage("东岗村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "日志", Exact = true }).ClickAsync();

        var total = app.Store.Audit.Entries.Count();
        Assert.Contains($"第 1 / {(total + 49) / 50} 页，共 {total} 条", await page.Locator("main").InnerTextAsync());
        Assert.Equal(50, await page.Locator("#audit tbody tr").CountAsync());
        Assert.Contains("添加村", await page.Locator("#audit tbody tr").First.InnerTextAsync()); // 东岗村, added last
        await page.GetByRole(AriaRole.Link, new() { Name = "较早" }).ClickAsync();
        Assert.Contains("p=2", page.Url);
        Assert.Equal(50, await page.Locator("#audit tbody tr").CountAsync());

        await page.GetByLabel("村").SelectOptionAsync(new SelectOptionValue { Label = "东岗村" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        Assert.Equal(app.Store.Audit.Entries.Count(a => a.VillageId == quiet.Id), await page.Locator("#audit tbody tr").CountAsync());
        Assert.Contains("东岗村", await page.Locator("#audit tbody tr").First.InnerTextAsync());
    }

    [Fact]
    public async Task ThePeriodSwitcherShowsAnEarlierPeriodsRankingAndPolicy()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office);
        app.WorkedExample("新庄村");
        var setup = app.Services.GetRequiredService<PeriodSetup>();
        var next = setup.Create(ConsoleApp.Setup, "2018年度", app.Period.Id).Period!;
        setup.Activate(ConsoleApp.Setup, next.Id);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        Assert.Contains("0.00", await page.Locator("#ranking tbody tr").First.InnerTextAsync()); // 2018年度: nothing scored yet
        await page.GetByLabel("考核周期").SelectOptionAsync(new SelectOptionValue { Label = "2017年度" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        Assert.Contains("984.90", await page.Locator("#ranking tbody tr").First.InnerTextAsync());
        Assert.Contains("2017年度", await page.Locator("dl.policy").InnerTextAsync());
    }
}
