using System.Text.Json;
using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Console;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// One number format on the console's pages, as the chat writes points: at most two decimals and no trailing zeros
/// ("97", "5.5", never "97.0" or "1485.0"). The ranking's 1000-scale columns keep two places on purpose (984.90) so
/// that the column lines up, as the chat's ranking does; they are checked by the ranking's own test.
/// </summary>
public class NumberFormatTests
{
    static readonly Regex TrailingZero = new(@"(?<![\d.])\d+\.\d*0(?![\d.])");

    [Fact]
    public async Task TheSheetAndTheRubricWritePointsAsTheChatDoes()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office, Role.Admin);
        app.WorkedExample("新庄村");
        // Half points that add up to whole ones (9.5 + 4.5 = 14.0): decimal sums keep a scale a page must not show.
        var village = app.AddVillage("上庄村");
        var first = app.Period.Rubric.Categories[0];
        var halves = first.Items.Select((item, i) => (i, (decimal?)(item.Max - 0.5m))).ToList();
        Assert.True(app.Services.GetRequiredService<ScoreBook>().SetItems(ConsoleApp.Setup, app.Period, village.Id, 0, halves).Ok);

        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        foreach (var path in new[] { $"/console/villages/{village.Id}", "/console/rubric" })
        {
            await page.GotoAsync(app.BaseUrl + path);
            // The figures: number cells and the total (item numbers such as "1.10" are names, not figures).
            var figures = await page.Locator("main .num, main p strong").AllInnerTextsAsync();
            Assert.True(figures.Count > 0, await page.ContentAsync());
            var odd = figures.SelectMany(f => TrailingZero.Matches(f).Select(m => m.Value)).Distinct().ToList();
            Assert.True(odd.Count == 0, $"{path} writes {string.Join(", ", odd)}");
        }

        // The sheet's on-site total is the API's, in the chat's format.
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", "test-admin-key-0123456789");
        using var sheet = JsonDocument.Parse(await http.GetStringAsync($"/api/villages/{village.Id}/sheet"));
        var onsite = sheet.RootElement.GetProperty("onsite").GetDecimal();
        await page.GotoAsync(app.BaseUrl + $"/console/villages/{village.Id}");
        Assert.Equal(Points.Format(onsite), (await page.Locator("main p strong").First.InnerTextAsync()).Trim());
    }
}
