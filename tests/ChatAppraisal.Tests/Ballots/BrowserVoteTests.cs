using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>One vote in a real browser on a phone-sized screen: scan (open the link), press a grade, read the thanks.</summary>
public class BrowserVoteTests
{
    [Fact]
    public async Task AnAttendeeVotesInTheBrowserByPressingAGrade()
    {
        await using var app = await BallotsApp.Start();
        app.AddVillage("新庄村");
        var replies = await app.Send(app.Member("郑亚娜", Role.Examiner), "/ballot 新庄村 2");
        var link = SlipImages.Links(replies.OfType<DocumentReply>().Single().Content)[0];
        var (playwright, browser) = await HeadlessChromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await HeadlessChromium.Phone(browser);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} {message.Location}"); };

        await page.GotoAsync(link);
        Assert.Equal("新庄村", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.True(await page.GetByText("对村“三委”班子工作的评价").IsVisibleAsync());
        var good = page.GetByRole(AriaRole.Button, new() { Name = "较好", Exact = true });
        var box = await good.BoundingBoxAsync();
        Assert.True(box is { Width: > 280, Height: >= 60 }, $"a grade's button is large enough to press with a thumb: {box?.Width} × {box?.Height}");
        Directory.CreateDirectory(SlipImages.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(SlipImages.Folder, "vote-360.png"), FullPage = true });

        await good.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "已投票，谢谢" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(SlipImages.Folder, "voted-360.png"), FullPage = true });
        var ballot = app.Services.GetRequiredService<BallotBook>().InPeriod(app.Period.Id).Single();
        Assert.Equal([0, 1, 0, 0], ballot.Counts);
        Assert.Empty(errors);

        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "这张票已经投过了" })).ToBeVisibleAsync();
        await page.GotoAsync(app.BaseUrl + "/v");
        await page.ScreenshotAsync(new() { Path = Path.Combine(SlipImages.Folder, "type-code-360.png"), FullPage = true });
    }
}
