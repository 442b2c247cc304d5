using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using System.Net;
using System.Text;
using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>Votes through the real voting page on Kestrel, as a phone sends them: GET the form, POST a grade with its token.</summary>
public class VotingPageTests
{
    static async Task<(BallotsApp App, IReadOnlyList<string> Codes)> Opened(int slips = 5, int votesPerMinute = 120)
    {
        var app = await BallotsApp.Start(votesPerMinute);
        app.AddVillage("新庄村");
        var examiner = app.Member("郑亚娜", Role.Examiner);
        var replies = await app.Send(examiner, $"/ballot 新庄村 {slips}");
        var links = replies.OfType<DocumentReply>().SelectMany(d => SlipImages.Links(d.Content)).ToList();
        Assert.Equal(slips, links.Count);
        Assert.All(links, l => Assert.StartsWith(app.BaseUrl + "/v/", l));
        return (app, links.Select(l => l[(app.BaseUrl.Length + 3)..]).ToList());
    }

    static async Task<HttpResponseMessage> Vote(HttpClient client, string code, string grade, bool withToken = true)
    {
        var form = await client.GetStringAsync($"/v/{code}");
        var fields = new List<KeyValuePair<string, string>> { new("grade", grade) };
        if (withToken) fields.Add(new("__RequestVerificationToken", BallotsApp.Token(form)));
        return await client.PostAsync($"/v/{code}", new FormUrlEncodedContent(fields));
    }

    static BallotDoc Ballot(BallotsApp app) => app.Services.GetRequiredService<BallotBook>().InPeriod(app.Period.Id).Single();

    [Fact]
    public async Task AScannedLinkShowsTheVillageTheQuestionAndFourGradesAndAVoteIsThanked()
    {
        var (app, codes) = await Opened();
        await using var _ = app;
        using var phone = app.Client();

        var page = await phone.GetAsync($"/v/{codes[0]}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<h1>新庄村</h1>", html);
        Assert.Contains("对村“三委”班子工作的评价", html);
        // Each grade posts one digit, so a request's length does not tell the grade.
        foreach (var (grade, value) in new[] { ("好", 1), ("较好", 2), ("一般", 3), ("较差", 4) })
            Assert.Contains($"<button type=\"submit\" name=\"grade\" value=\"{value}\" class=\"grade\">{grade}</button>", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("default-src 'self'; img-src 'self' data:", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(page.Headers.CacheControl?.NoStore, "the voting page is never cached");

        var voted = await Vote(phone, codes[0], "较好");
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Contains("已投票，谢谢", await voted.Content.ReadAsStringAsync());
        var ballot = Ballot(app);
        Assert.Equal((1, 5), (ballot.Cast, ballot.Issued));
        Assert.Equal([0, 1, 0, 0], ballot.Counts);

        var css = await phone.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".grade", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACodeUsedOnceSaysSoTheSecondTimeAndCountsOnce()
    {
        var (app, codes) = await Opened();
        await using var _ = app;
        using var phone = app.Client();
        using var other = app.Client();
        var stale = await other.GetStringAsync($"/v/{codes[1]}");
        await Vote(phone, codes[1], "好");

        var again = await phone.GetAsync($"/v/{codes[1]}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("这张票已经投过了", await again.Content.ReadAsStringAsync());
        // A second phone that had the form open before posts it now: refused, not counted.
        var late = await other.PostAsync($"/v/{codes[1]}", new FormUrlEncodedContent(
            [new("grade", "较差"), new("__RequestVerificationToken", BallotsApp.Token(stale))]));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("这张票已经投过了", await late.Content.ReadAsStringAsync());
        Assert.Equal(new[] { 1, 0, 0, 0 }, Ballot(app).Counts);
    }

    [Fact]
    public async Task AnUnknownCodeSaysSoAndOffersTheFieldToTypeItAgain()
    {
        var (app, _) = await Opened();
        await using var __ = app;
        using var phone = app.Client();

        var unknown = await phone.GetAsync("/v/ABCD2345");
        var html = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("没有找到编码“ABCD2345”的测评票", html);
        Assert.Contains("<input id=\"code\" name=\"code\"", html);

        var posted = await phone.PostAsync("/v/ABCD2345", new FormUrlEncodedContent([new("grade", "好")]));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        var injected = await phone.GetAsync("/v?code=%3Cb%3Ehi%3C%2Fb%3E");
        Assert.Equal(HttpStatusCode.NotFound, injected.StatusCode);
        Assert.Contains("&lt;b&gt;hi&lt;/b&gt;", await injected.Content.ReadAsStringAsync());
        Assert.Equal(0, Ballot(app).Cast);
    }

    [Fact]
    public async Task TypingTheShortCodeOnVLeadsToTheSameForm()
    {
        var (app, codes) = await Opened();
        await using var _ = app;
        using var phone = app.Client(followRedirects: false);

        var typing = await phone.GetStringAsync("/v");
        Assert.Contains("输入票上的编码", typing);
        Assert.Contains("<form method=\"get\" action=\"/v\" class=\"type-code\">", typing);

        var typed = $"{codes[2][..4].ToLowerInvariant()} {codes[2][4..]}";
        var redirect = await phone.GetAsync($"/v?code={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/v/{codes[2]}", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AClosedBallotSaysItHasClosedAndTakesNoVote()
    {
        var (app, codes) = await Opened();
        await using var _ = app;
        using var phone = app.Client();
        var form = await phone.GetStringAsync($"/v/{codes[3]}");
        await app.Send(app.Member("张晓岩", Role.GroupLeader), "/ballot 新庄村 close");

        var closed = await phone.PostAsync($"/v/{codes[3]}", new FormUrlEncodedContent(
            [new("grade", "好"), new("__RequestVerificationToken", BallotsApp.Token(form))]));
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
        Assert.Contains("测评已经结束", await closed.Content.ReadAsStringAsync());
        var later = await phone.GetAsync($"/v/{codes[4]}");
        Assert.Equal(HttpStatusCode.Gone, later.StatusCode);
        Assert.Contains("测评已经结束", await later.Content.ReadAsStringAsync());
        Assert.Equal(0, Ballot(app).Cast);
    }

    [Fact]
    public async Task AVoteWithoutItsTokenOrWithAnotherGradeIsRefusedAndStoresNothing()
    {
        var (app, codes) = await Opened();
        await using var _ = app;
        using var phone = app.Client();

        var forged = await Vote(phone, codes[0], "好", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("这个页面已过期，投票没有记入", await forged.Content.ReadAsStringAsync());

        var bad = await Vote(phone, codes[0], "很好");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("请在“好、较好、一般、较差”中选择一项", await bad.Content.ReadAsStringAsync());

        Assert.Equal(0, Ballot(app).Cast);
        Assert.Contains("对村“三委”班子工作的评价", await phone.GetStringAsync($"/v/{codes[0]}"));
    }

    [Fact]
    public async Task GuessingIsLimitedPerAddressWithWhenToTryAgainAndARefusedVoteStoresNothing()
    {
        var (app, codes) = await Opened(votesPerMinute: 3);
        await using var _ = app;
        using var phone = app.Client();
        var form = await phone.GetStringAsync($"/v/{codes[0]}");
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/v/ABCD2345")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/v/ABCD2346")).StatusCode);

        var refused = await phone.PostAsync($"/v/{codes[0]}", new FormUrlEncodedContent(
            [new("grade", "好"), new("__RequestVerificationToken", BallotsApp.Token(form))]));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(seconds, 1, 60);
        Assert.Contains($"请在 {seconds} 秒后再打开投票页", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, Ballot(app).Cast);
        Assert.False(app.Services.GetRequiredService<BallotBook>().Look(codes[0]).State != VoteOutcome.Counted);
    }

    [Fact]
    public async Task TheDatabaseFileKeepsNoLinkBetweenACodeAndItsGrade()
    {
        var (app, codes) = await Opened(slips: 4);
        using (var phone = app.Client())
        {
            Assert.Contains("已投票，谢谢", await (await Vote(phone, codes[0], "较差")).Content.ReadAsStringAsync());
            Assert.Contains("已投票，谢谢", await (await Vote(phone, codes[1], "好")).Content.ReadAsStringAsync());
        }
        var log = Path.Combine(app.Folder, "appraisal-log.db");
        Assert.True(!File.Exists(log) || new FileInfo(log).Length == 0, "each vote is checkpointed: no page images wait in the log");
        var path = app.DatabasePath;
        await app.Stop();
        var bytes = await File.ReadAllBytesAsync(path);
        await app.DisposeAsync().AsTask().ContinueWith(_ => { });

        // The raw file: no grade word, no address, no cookie name anywhere; each code once, with its slip only.
        foreach (var text in new[] { "较差", "较好", "一般", "127.0.0.1", "ca-antiforgery", "RequestVerification" })
            Assert.False(Contains(bytes, text), $"the database file holds \"{text}\"");

        using var db = new LiteDatabase(new MemoryStream(bytes));
        var slips = db.GetCollection("ballot_slips").FindAll().ToList();
        Assert.Equal(4, slips.Count);
        // The number is the one printed beside the code on the slip ("No. 3"), the town the ballot's: neither says anything
        // the printed slip does not.
        Assert.All(slips, s => Assert.Equal(["BallotId", "Number", "TownId", "Used", "_id"], s.Keys.Order(StringComparer.Ordinal)));
        Assert.Equal([1, 2, 3, 4], slips.Select(s => s["Number"].AsInt32).Order());
        Assert.Equal(new[] { codes[0], codes[1] }.Order(), slips.Where(s => s["Used"].AsBoolean).Select(s => s["_id"].AsString).Order());
        var ballot = Assert.Single(db.GetCollection("ballots").FindAll());
        Assert.Equal("[1,0,0,1]", ballot["Counts"].ToString().Replace(" ", ""));
        foreach (var name in db.GetCollectionNames())
            foreach (var doc in db.GetCollection(name).FindAll())
            {
                if (name == "ballot_slips") continue;
                var json = LiteDB.JsonSerializer.Serialize(doc);
                Assert.All(codes, c => Assert.DoesNotContain(c, json));
            }
    }

    static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
