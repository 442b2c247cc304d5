using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using System.Net;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Schedule;

public sealed class ScheduleApiTests : IDisposable
{
    // A channel of the tests' own runs beside the console, so that the group's notices have somewhere to go.
    readonly Channels.RecordingChannel _channel = new();
    readonly AdminApiFactory _api;
    readonly HttpClient _client;

    public ScheduleApiTests()
    {
        _api = new(services: s => s.AddSingleton<IChatChannel>(_channel));
        _client = _api.Client();
        _api.AddVillage("新庄村");
        _api.AddVillage("东湾村");
    }

    [Fact]
    public async Task PuttingAVisitStoresItInTheTownsZoneListsItAndTellsTheGroup()
    {
        var examiner = _api.AddMember("郑亚娜", Role.Examiner);
        var members = _api.Get<Members.MemberDirectory>();
        members.Redeem(members.CreateInvite(examiner.MemberId).Code, "test", "u1");

        var put = await (await _client.Put("/api/villages/2/visit", new { at = "2018-01-16T01:00:00Z", note = "村部" })).ReadJson();
        await _client.Put("/api/villages/1/visit", new { at = "2018-01-15T09:00:00+08:00" });

        Assert.Equal("2018-01-16T09:00:00+08:00", put.GetProperty("visit").GetProperty("at").GetString());
        Assert.Equal(1, put.GetProperty("notified").GetInt32());
        var list = await (await _client.GetAsync("/api/schedule")).ReadJson();
        Assert.Equal(new (string?, string?, string?, string?)[] { ("新庄村", "2018-01-15", "09:00", null), ("东湾村", "2018-01-16", "09:00", "村部") },
            list.EnumerateArray().Select(v => (v.GetProperty("village").GetString(), v.GetProperty("date").GetString(), v.GetProperty("time").GetString(),
                v.GetProperty("note").GetString())));
        await _channel.WaitForAsync(c => c.TextsTo("u1").Count == 2, "both notices on the examiner's channel");
        Assert.Equal("📅 考核安排：1月16日（星期二）9:00到东湾村考核（村部）。（考核办公室）", _channel.TextsTo("u1")[0]);
        Assert.Equal(2, _api.Store.LiteDatabase().GetCollection<NotificationDoc>(NotificationDoc.Collection).Count());
        Assert.Contains(_api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.VisitSet && a.MemberName == "admin-api");
    }

    [Fact]
    public async Task ALocalTimeWithoutOffsetIsTheTownsWallClock()
    {
        await _client.Put("/api/villages/1/visit", new { at = "2018-01-15T14:30" });

        var visit = (await (await _client.GetAsync("/api/schedule")).ReadJson())[0];
        Assert.Equal("2018-01-15T14:30:00+08:00", visit.GetProperty("at").GetString());
    }

    [Theory]
    [InlineData("""{"at":"15/01/2018 9:00"}""")]
    [InlineData("""{"at":"2018-02-30T09:00:00+08:00"}""")]
    [InlineData("""{"at":"2018-01-15T09:00:30+08:00"}""")]
    [InlineData("""{"at":"2018-01-15"}""")]
    [InlineData("""{"note":"村部"}""")]
    public async Task ABadDateIsA400NamingAtAndNothingIsStored(string body)
    {
        var message = await (await _client.Send("PUT", "/api/villages/1/visit", body)).Problem(HttpStatusCode.BadRequest, "at");

        Assert.Contains("2018-01-15T09:00:00+08:00", message);
        Assert.Empty(_api.Get<VisitSchedule>().List(_api.Period.Id));
    }

    [Fact]
    public async Task ANumberForAtIsA400NamingAt() =>
        Assert.Equal("at must be a string.", await (await _client.Send("PUT", "/api/villages/1/visit", """{"at":20180115}""")).Problem(HttpStatusCode.BadRequest, "at"));

    [Fact]
    public async Task AnUnknownVillageIsA404AndDeletingTellsWhetherThereWasAVisit()
    {
        await (await _client.Put("/api/villages/99/visit", new { at = "2018-01-15T09:00:00+08:00" })).Problem(HttpStatusCode.NotFound, "id");
        await (await _client.DeleteAsync("/api/villages/99/visit")).Problem(HttpStatusCode.NotFound, "id");
        await (await _client.DeleteAsync("/api/villages/1/visit")).Problem(HttpStatusCode.NotFound, "visit");

        await _client.Put("/api/villages/1/visit", new { at = "2018-01-15T09:00:00+08:00" });
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/api/villages/1/visit")).StatusCode);
        Assert.Empty(_api.Get<VisitSchedule>().List(_api.Period.Id));
    }

    [Fact]
    public async Task ANoteOverAHundredCharactersIsA400NamingNote() =>
        await (await _client.Put("/api/villages/1/visit", new { at = "2018-01-15T09:00:00+08:00", note = new string('会', 101) }))
            .Problem(HttpStatusCode.BadRequest, "note");

    [Fact]
    public async Task ReminderSettingsHaveDefaultsAndCanBeChanged()
    {
        var defaults = await (await _client.GetAsync("/api/periods/1/reminders")).ReadJson();
        Assert.Equal(("08:00", "19:30", "Asia/Shanghai", "21:30-07:30"), (defaults.GetProperty("morning").GetString(), defaults.GetProperty("evening").GetString(),
            defaults.GetProperty("timeZone").GetString(), defaults.GetProperty("quietHours").GetString()));
        await _client.Put("/api/villages/1/visit", new { at = "2018-01-15T09:00:00+08:00" });

        var changed = await (await _client.Put("/api/periods/1/reminders", new { morning = "7:45", evening = "20:00", ratingsDueBy = "2018-01-18" })).ReadJson();

        Assert.Equal(("07:45", "20:00", "2018-01-18"), (changed.GetProperty("morning").GetString(), changed.GetProperty("evening").GetString(),
            changed.GetProperty("ratingsDueBy").GetString()));
        Assert.Equal("2018-01-15", changed.GetProperty("appraisalDays")[0].GetString());
        var times = _api.Get<ReminderSettings>().For(1);
        Assert.Equal((new TimeOnly(7, 45), new TimeOnly(20, 0), new DateOnly(2018, 1, 18)), (times.Morning, times.Evening, times.RatingsDueBy));
        Assert.Contains(_api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.RemindersChanged);
    }

    [Theory]
    [InlineData("""{"morning":"8am","evening":"19:30"}""", "morning")]
    [InlineData("""{"evening":"19:30"}""", "morning")]
    [InlineData("""{"morning":"08:00","evening":"24:00"}""", "evening")]
    [InlineData("""{"morning":"20:00","evening":"19:30"}""", "evening")]
    [InlineData("""{"morning":"08:00","evening":"19:30","ratingsDueBy":"1月18日"}""", "ratingsDueBy")]
    public async Task BadReminderSettingsAreA400NamingTheField(string body, string field)
    {
        await (await _client.Send("PUT", "/api/periods/1/reminders", body)).Problem(HttpStatusCode.BadRequest, field);

        Assert.Equal(new TimeOnly(8, 0), _api.Get<ReminderSettings>().For(1).Morning);
    }

    [Fact]
    public async Task AnUnknownPeriodIsA404()
    {
        await (await _client.GetAsync("/api/periods/9/reminders")).Problem(HttpStatusCode.NotFound, "id");
        await (await _client.Put("/api/periods/9/reminders", new { morning = "08:00", evening = "19:30" })).Problem(HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task TheApiShowsVisitsWithTheConfiguredZonesOffset()
    {
        using var api = new AdminApiFactory(services: s => s.Configure<BotOptions>(o => o.TimeZone = "America/New_York"));
        api.AddVillage("新庄村");
        var client = api.Client();

        await client.Put("/api/villages/1/visit", new { at = "2018-01-15T09:00:00+08:00" });

        var visit = (await (await client.GetAsync("/api/schedule")).ReadJson())[0];
        Assert.Equal(("2018-01-14T20:00:00-05:00", "2018-01-14", "20:00"),
            (visit.GetProperty("at").GetString(), visit.GetProperty("date").GetString(), visit.GetProperty("time").GetString()));
    }

    public void Dispose() => _api.Dispose();
}
