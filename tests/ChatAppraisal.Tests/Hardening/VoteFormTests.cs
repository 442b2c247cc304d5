using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Tests.Ballots;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 1, the other half: a reverse proxy's access log records each request's length.</summary>
public sealed class VoteFormTests
{
    [Fact]
    public async Task EveryGradesVoteIsAPostOfTheSameLength()
    {
        await using var app = await BallotsApp.Start();
        var village = app.AddVillage("新庄村");
        var codes = app.Services.GetRequiredService<BallotBook>().Open(new Actor(0, "test", "test"), app.Period, village.Id, 4).NewCodes!;
        var (playwright, browser) = await HeadlessChromium.Launch();
        using var _ = playwright;
        await using var __ = browser;

        var lengths = new Dictionary<string, int>();
        foreach (var (grade, code) in BallotGrades.All.Select(BallotGrades.Label).Zip(codes))
        {
            var page = await HeadlessChromium.Phone(browser);
            await page.GotoAsync($"{app.BaseUrl}/v/{code}");
            var post = await page.RunAndWaitForRequestAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = grade, Exact = true }).ClickAsync(),
                request => request.Method == "POST");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "已投票，谢谢" })).ToBeVisibleAsync();
            lengths[grade] = post.PostDataBuffer!.Length;
            await page.CloseAsync();
        }

        Assert.Single(lengths.Values.Distinct());
        var ballot = app.Services.GetRequiredService<BallotBook>().ForVillage(app.Period.Id, village.Id)!;
        Assert.Equal(4, ballot.Counts.Sum());
    }
}
