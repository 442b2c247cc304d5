using ChatAppraisal.Members;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>The console in English, switched from its header: the navigation's English names, refusals naming the field, and back to Chinese.</summary>
public class ConsoleLanguageTests
{
    [Fact]
    public async Task AnAdminSwitchesTheConsoleToEnglishAndIsRefusedInEnglishNamingTheField()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        app.AddVillage("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        Assert.EndsWith("/console/villages", page.Url); // the switch comes back to the page it was pressed on
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        foreach (var name in new[] { "Ranking", "Progress", "Villages", "Members", "Rubric", "Periods", "Audit", "Export" })
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).IsVisibleAsync(), name);

        // The field keeps its Chinese label (outside tools find it by it), and the refusal says it in English.
        await page.GetByLabel("村名").First.FillAsync("新庄村");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("村名 (village name): there is already a village called \"新庄村\"; names must differ.");
        Assert.Equal(1, app.Store.Setup.Villages.Count());

        // The rubric's problems in English, each with its place.
        await page.GetByRole(AriaRole.Link, new() { Name = "Rubric", Exact = true }).ClickAsync();
        var rubric = app.Period.Rubric;
        var broken = rubric with { Categories = [rubric.Categories[0] with { Alias = rubric.Categories[1].Alias }, .. rubric.Categories.Skip(1)] };
        await page.GetByLabel("Rubric file").SetInputFilesAsync(new FilePayload
        {
            Name = "rubric.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(RubricJson.Write(broken)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and replace" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The rubric file has problems; nothing was stored");
        Assert.Contains($"Category 2 (党风廉政建设): alias '{rubric.Categories[1].Alias}' is used twice.", await page.Locator("#rubric-problems").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("rubric-en-360.png"), FullPage = true });

        // The downloaded rubric is the one shown, ready to edit and upload back.
        var download = await page.Context.APIRequest.GetAsync(app.BaseUrl + await page.Locator("#rubric-json").GetAttributeAsync("href"));
        Assert.Equal(RubricJson.Write(app.Period.Rubric), await download.TextAsync());

        // The village's sheet in English, its democratic evaluation with it; a refusal names the field in English.
        await page.GetByRole(AriaRole.Link, new() { Name = "Villages", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新庄村", Exact = true }).ClickAsync();
        Assert.Equal("新庄村 · Sheet", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        var ballot = page.GetByRole(AriaRole.Region, new() { Name = "Democratic evaluation" });
        await ballot.GetByLabel("Ballot slips").FillAsync("0");
        await ballot.GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ballot slips: write a whole number from 1 to 500");
        Assert.Empty(app.Services.GetRequiredService<ChatAppraisal.Ballots.BallotBook>().InPeriod(app.Period.Id));
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("sheet-en-360.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "评分细则", Exact = true }).IsVisibleAsync());

        // Signing out ends the session: the console asks for the sign-in again.
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.GotoAsync(app.BaseUrl + "/console/villages");
        Assert.Contains("/chat", page.Url);
        Assert.True(await page.GetByLabel("邀请码").IsVisibleAsync());
    }
}
