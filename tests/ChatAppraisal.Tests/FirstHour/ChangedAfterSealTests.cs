using System.Net.Http.Json;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Browser;
using ChatAppraisal.Tests.Console;
using ChatAppraisal.Tests.Support;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// Issue 29.15: a leader may replace a rating after the village's seal (ratings are not on the sheet), but the office
/// sees it: the ranking (chat text, chart caption, API, console) and the sheet mark the final that changed after the
/// seal, and the audit names the leader.
/// </summary>
public sealed class ChangedAfterSealTests
{
    [Fact]
    public async Task ALeaderReplacingARatingAfterTheSealIsMarkedInTheRankingTheSheetAndTheAudit()
    {
        await using var app = await ConsoleApp.Start();
        var (_, adminCode) = app.Member("王主任", Role.Admin);
        var (leader, leaderCode) = app.Member("甲领导", Role.Leader);
        var village = app.WorkedExample("新庄村");
        var other = app.WorkedExample("东岗村");
        Assert.Equal(SealRefusal.None, app.Services.GetRequiredService<Sheets>().Seal(ConsoleApp.Setup, app.Period, village.Id));
        Assert.Equal(SealRefusal.None, app.Services.GetRequiredService<Sheets>().Seal(ConsoleApp.Setup, app.Period, other.Id));
        var standings = app.Services.GetRequiredService<StandingsQuery>();
        Assert.Empty(standings.Compute(app.Period).ChangedAfterSeal);

        // 甲领导 rates 新庄村 80 instead of 90, in the browser chat, after the seal.
        await using var phone = await ConsoleBrowser.SignIn(app, adminCode);
        var leaderPage = await HeadlessChromium.Phone(phone.Browser);
        var chat = new ChatPage(leaderPage, app.BaseUrl);
        await chat.SignIn(leaderCode);
        await chat.Send("新庄村 " + string.Join(" ", Scenario.RatingsWithTotal(80)));
        await chat.Shows("将替换您");
        await chat.Press("确认");
        await chat.Shows("已保存");

        var computed = standings.Compute(app.Period);
        var row = computed.Ranking.Single(r => r.Result.VillageId == village.Id);
        Assert.Equal(984.9m, computed.ChangedAfterSeal[village.Id]);
        Assert.NotEqual(984.9m, row.Result.Final);
        Assert.False(computed.ChangedAfterSeal.ContainsKey(other.Id));

        // The chat's ranking (text and the chart's caption) says so, with both finals.
        var text = Texts.For("zh").Ranking(computed);
        Assert.Contains($"签字密封后综合得分有变化", text);
        Assert.Contains($"新庄村 984.9 → {ChatAppraisal.Scoring.Points.Format(row.Result.Final)}", text);
        Assert.Contains("新庄村 984.9 →", ChatAppraisal.Charts.RankingCaption.Build(computed, "zh"));

        // The API: finalAtSeal on the changed row only.
        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", ChatAppraisal.Tests.Hosting.WebBotApp.ApiKey);
        var rows = await api.GetFromJsonAsync<List<RankingRow>>("/api/ranking");
        Assert.Equal(984.9m, rows!.Single(r => r.VillageId == village.Id).FinalAtSeal);
        Assert.Null(rows!.Single(r => r.VillageId == other.Id).FinalAtSeal);

        // The console: the ranking marks the village, its sheet says it above the seal.
        var page = phone.Page;
        await page.GotoAsync(app.BaseUrl + "/console");
        var mark = page.Locator("#ranking tr", new() { HasText = "新庄村" }).Locator(".after-seal");
        await Assertions.Expect(mark).ToHaveTextAsync("⚠ 签字密封后有变化（签字密封时 984.9）");
        Assert.Equal(0, await page.Locator("#ranking tr", new() { HasText = "东岗村" }).Locator(".after-seal").CountAsync());
        await page.GotoAsync(app.BaseUrl + $"/console/villages/{village.Id}");
        await Assertions.Expect(page.Locator("#changed-after-seal")).ToContainTextAsync("新庄村 984.9 →");

        // The audit: the replacement under the leader's name, after the seal.
        var sealedAt = app.Store.Scores.Seals.FindById(SealDoc.Key(app.Period.Id, village.Id))!.SignedAt;
        var entry = app.Store.Audit.Entries.FindAll().Last(a => a.Action == AuditActions.RatingSet && a.VillageId == village.Id);
        Assert.Equal(leader.Id, entry.MemberId);
        Assert.Equal("甲领导", entry.MemberName);
        Assert.True(entry.At >= sealedAt);
        Assert.Equal(90m, entry.Old);
        Assert.Equal(80m, entry.New);
    }
}
