using System.Net;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Admin;

/// <summary>
/// A scripted examiner session at 新庄村 on 15 January 2018 (09:00 +08:00 = 01:00 UTC): 郑亚娜 enters 党建工作 items 1–2
/// at once, then item 3 ten minutes later, then corrects item 1; 张晓岩 signs and seals the sheet at 10:00.
/// 马家村 gets one score from another examiner.
/// </summary>
public class SheetsAndAuditApiTests
{
    static readonly DateTime Start = new(2018, 1, 15, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SheetShowsEveryItemWithScoreWhoAndWhenSubtotalsAndSeal()
    {
        using var api = new AdminApiFactory();
        var (village, examiner, _) = ExaminerSession(api);

        var sheet = await (await api.Client().GetAsync($"/api/villages/{village.Id}/sheet")).Read<SheetDto>();

        Assert.Equal(("2017年度", "新庄村"), (sheet.Period.Name, sheet.Village.Name));
        Assert.Equal((3, 117, 114), (sheet.ItemsScored, sheet.ItemCount, sheet.Missing));
        Assert.Equal(15, sheet.Categories.Count);
        var dangjian = sheet.Categories[0];
        Assert.Equal(("党建工作", 100m, 33.5m, 33.5m, 3), (dangjian.Name, dangjian.Max, dangjian.Raw, dangjian.Score, dangjian.ItemsScored));
        Assert.Equal(new SheetItemDto(0, "三会一课等党内组织生活制度落实", 19m, 18m, examiner.MemberId, "郑亚娜", Start.AddMinutes(20), Path: "1"), dangjian.Items[0]);
        Assert.Equal(new SheetItemDto(2, "做合格党员", 13m, 10m, examiner.MemberId, "郑亚娜", Start.AddMinutes(10), Path: "3"), dangjian.Items[2]);
        Assert.Equal(new SheetItemDto(3, "承诺、亮诺、践诺、评诺", 5m, null, null, null, null, Path: "4"), dangjian.Items[3]);
        Assert.Equal(33.5m, sheet.Onsite);
        var seal = sheet.Seal!;
        Assert.Equal(("张晓岩", Start.AddHours(1), true), (seal.SignedBy, seal.SignedAt, seal.Valid));
        Assert.Equal(Sheets.Fingerprint(api.Get<Sheets>().Load(api.Period, village.Id)!), seal.Fingerprint);
    }

    [Fact]
    public async Task SealCarriesExactlyTheIssuesFieldNames()
    {
        using var api = new AdminApiFactory();
        var (village, _, _) = ExaminerSession(api);
        var seal = (await (await api.Client().GetAsync($"/api/villages/{village.Id}/sheet")).ReadJson()).GetProperty("seal");
        Assert.Equal(["signedBy", "signedAt", "fingerprint", "valid"], seal.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task EachItemCarriesItsReasonOrNull()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var examiner = new Actor(api.Get<MemberDirectory>().Add("郑亚娜", [Role.Examiner]).Id, "郑亚娜", "test");
        api.Get<ScoreBook>().SetItem(examiner, api.Period, village.Id, 0, 2, 10m, reason: "会议记录缺两次");
        api.Get<ScoreBook>().SetItem(examiner, api.Period, village.Id, 0, 3, 5m);

        var json = await (await api.Client().GetAsync($"/api/villages/{village.Id}/sheet")).ReadJson();
        var items = json.GetProperty("categories")[0].GetProperty("items");

        Assert.Equal("会议记录缺两次", items[2].GetProperty("reason").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[3].GetProperty("reason").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[4].GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task UnsealedSheetHasNoSealIsAuditedWithTheReasonAndTakesScoresAgain()
    {
        using var api = new AdminApiFactory();
        var (village, examiner, _) = ExaminerSession(api);
        api.Clock.Advance(TimeSpan.FromHours(1));

        var sheet = await (await api.Client().Post($"/api/villages/{village.Id}/unseal", new { reason = "党建工作第1项录入有误" })).Read<SheetDto>();

        Assert.Null(sheet.Seal);
        var entry = api.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.SheetUnsealed)!;
        Assert.Equal((0, "admin-api", "admin-api"), (entry.MemberId!.Value, entry.MemberName, entry.Channel));
        Assert.Contains("reason: 党建工作第1项录入有误", entry.Detail);
        Assert.True(api.Get<ScoreBook>().SetItem(examiner, api.Period, village.Id, 0, 0, 19m).Ok);
    }

    [Fact]
    public async Task UnsealingASheetThatIsNotSealedIsAConflict()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var message = await (await api.Client().Post($"/api/villages/{village.Id}/unseal", new { reason = "复核" })).Problem(HttpStatusCode.Conflict, "id");
        Assert.Equal($"The sheet of village {village.Id} in 2017年度 is not sealed.", message);
    }

    [Fact]
    public async Task UnsealingWithoutAReasonIsABadRequestAndTheSealStays()
    {
        using var api = new AdminApiFactory();
        var (village, _, _) = ExaminerSession(api);
        await (await api.Client().Post($"/api/villages/{village.Id}/unseal", new { reason = " " })).Problem(HttpStatusCode.BadRequest, "reason");
        Assert.NotNull(api.Get<Sheets>().Load(api.Period, village.Id)!.Seal);
    }

    [Fact]
    public async Task SheetOrUnsealOfAnUnknownVillageIsNotFound()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().GetAsync("/api/villages/5/sheet")).Problem(HttpStatusCode.NotFound, "id");
        await (await api.Client().Post("/api/villages/5/unseal", new { reason = "复核" })).Problem(HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task AuditListsTheSessionNewestFirst()
    {
        using var api = new AdminApiFactory();
        var (village, examiner, _) = ExaminerSession(api);

        var page = await (await api.Client().GetAsync($"/api/audit?village={village.Id}")).Read<AuditPage>();

        Assert.Equal(
            [AuditActions.SheetSealed, AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.VillageAdded],
            page.Entries.Select(e => e.Action));
        var correction = page.Entries[1];
        Assert.Equal((examiner.MemberId, "郑亚娜", "telegram", 0, 0, 17m, 18m, Start.AddMinutes(20), "新庄村"),
            (correction.MemberId!.Value, correction.Member, correction.Channel, correction.Category!.Value, correction.Item!.Value,
             correction.Old!.Value, correction.New!.Value, correction.At, correction.Village));
        Assert.Equal(6, page.Total);
    }

    [Fact]
    public async Task AuditFiltersByWhoActedAndSince()
    {
        using var api = new AdminApiFactory();
        var (_, examiner, other) = ExaminerSession(api);

        var byExaminer = await (await api.Client().GetAsync($"/api/audit?member={examiner.MemberId}")).Read<AuditPage>();
        Assert.Equal(4, byExaminer.Total);
        Assert.All(byExaminer.Entries, e => Assert.Equal("郑亚娜", e.Member));

        var since = Uri.EscapeDataString("2018-01-15T09:15:00+08:00");
        var late = await (await api.Client().GetAsync($"/api/audit?since={since}")).Read<AuditPage>();
        // 10:05 马家村, 10:00 the seal, 09:30 马家村, 09:20 the correction; nothing from 09:00 or 09:10.
        Assert.Equal([AuditActions.ScoreSet, AuditActions.SheetSealed, AuditActions.ScoreSet, AuditActions.ScoreSet], late.Entries.Select(e => e.Action));
        Assert.Equal([other.MemberId, other.MemberId, examiner.MemberId], late.Entries.Where(e => e.Action == AuditActions.ScoreSet).Select(e => e.MemberId!.Value));
        Assert.Equal(Start.AddMinutes(20), late.Entries[^1].At);
    }

    [Fact]
    public async Task AuditIsPagedWithTheTotalOverAllPages()
    {
        using var api = new AdminApiFactory();
        ExaminerSession(api);
        var all = await (await api.Client().GetAsync("/api/audit?pageSize=500")).Read<AuditPage>();

        var second = await (await api.Client().GetAsync("/api/audit?page=2&pageSize=3")).Read<AuditPage>();

        Assert.Equal((2, 3, all.Total), (second.Page, second.PageSize, second.Total));
        Assert.Equal(all.Entries.Skip(3).Take(3).Select(e => e.Id), second.Entries.Select(e => e.Id));
        Assert.Empty((await (await api.Client().GetAsync("/api/audit?page=9&pageSize=3")).Read<AuditPage>()).Entries);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("since=yesterday", "since")]
    [InlineData("village=xinzhuang", "village")]
    public async Task BadAuditQueryIsABadRequestNamingTheParameter(string query, string field)
    {
        using var api = new AdminApiFactory();
        await (await api.Client().GetAsync($"/api/audit?{query}")).Problem(HttpStatusCode.BadRequest, field);
    }

    static (VillageDoc Village, Actor Examiner, Actor Other) ExaminerSession(AdminApiFactory api)
    {
        var village = api.AddVillage("新庄村");
        var majia = api.AddVillage("马家村");
        var examiner = api.AddMember("郑亚娜", Role.Examiner);
        var other = api.AddMember("刘伟", Role.Examiner);
        var leader = api.AddMember("张晓岩", Role.GroupLeader);
        var book = api.Get<ScoreBook>();
        var period = api.Period;

        Assert.True(book.SetItems(examiner, period, village.Id, 0, [(0, 17m), (1, 5.5m)]).Ok);
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(book.SetItem(examiner, period, village.Id, 0, 2, 10m).Ok);
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(book.SetItem(examiner, period, village.Id, 0, 0, 18m).Ok);
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(book.SetItem(other, period, majia.Id, 1, 0, 8m).Ok);
        api.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(SealRefusal.None, api.Get<Sheets>().Seal(leader, period, village.Id));
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(book.SetItem(other, period, majia.Id, 1, 1, 3m).Ok);
        return (village, examiner, other);
    }
}
