using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>
/// Every console page with an appraisal under way (a scored, sealed village with a visit and a closed ballot), as an admin
/// sees it on a phone and on a desk: nothing but a table's own frame scrolls sideways, and each page is photographed.
/// </summary>
public class ConsoleLayoutTests
{
    [Fact]
    public async Task EveryPageFitsAPhoneWithoutTheWholePageScrollingSidewaysAndIsPhotographedOnBoth()
    {
        await using var app = await ConsoleApp.Start();
        var (code, village) = AnAppraisalUnderWay(app);

        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        (string Name, string Path)[] pages =
        [
            ("ranking", "/console"), ("progress", "/console/progress"), ("villages", "/console/villages"),
            ("sheet", $"/console/villages/{village.Id}"), ("members", "/console/members"), ("rubric", "/console/rubric"),
            ("periods", "/console/periods"), ("audit", "/console/audit"), ("export", "/console/export"),
        ];
        foreach (var (width, height, label) in new[] { (360, 740, "360"), (1366, 900, "desktop") })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (name, path) in pages)
            {
                var response = await page.GotoAsync(app.BaseUrl + path);
                Assert.Equal(200, response!.Status);
                Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).IsVisibleAsync(), path);
                // Against the width set, not innerWidth: a phone's browser widens its layout to fit what overflows.
                var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(scroll <= width, $"{path} at {width} px is {scroll} px wide: the whole page scrolls sideways");
                await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot($"tour-{name}-{label}.png"), FullPage = true });
            }
        }
    }

    /// <summary>An admin (王主任, whose invite code is returned) and an examiner; 新庄村 scored as the worked example, visited,
    /// its ballot closed with three votes and its sheet sealed; 东岗村 untouched.</summary>
    internal static (string Code, Appraisal.VillageDoc Village) AnAppraisalUnderWay(ConsoleApp app)
    {
        var (_, code) = app.Member("王主任", Role.Admin);
        app.Member("郑亚娜", Role.Examiner);
        var village = app.WorkedExample("新庄村");
        app.AddVillage("东岗村");
        app.Services.GetRequiredService<VisitSchedule>().Set(ConsoleApp.Setup, app.Period.Id, village.Id, new DateOnly(2018, 1, 15), new TimeOnly(9, 0), "村委会议室");
        var book = app.Services.GetRequiredService<BallotBook>();
        var ballot = book.Open(ConsoleApp.Setup, app.Period, village.Id, 12);
        foreach (var (slip, grade) in ballot.NewCodes!.Take(3).Zip([BallotGrade.Good, BallotGrade.Good, BallotGrade.FairlyGood]))
            book.Vote(slip, grade);
        book.Close(ConsoleApp.Setup, ballot.Ballot!.Id);
        Assert.Equal(SealRefusal.None, app.Services.GetRequiredService<Sheets>().Seal(ConsoleApp.Setup, app.Period, village.Id));
        return (code, village);
    }
}
