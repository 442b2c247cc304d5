using System.Net;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Admin;

public class VillagesApiTests
{
    [Fact]
    public async Task AddedVillagesAreListedInTheOrderAdded()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();

        var added = await (await client.Post("/api/villages", new { name = " 新庄村 " })).Read<VillageDto>(HttpStatusCode.Created);
        await (await client.Post("/api/villages", new { name = "马家村" })).Read<VillageDto>(HttpStatusCode.Created);

        Assert.Equal("新庄村", added.Name);
        var list = await (await client.GetAsync("/api/villages")).Read<List<VillageDto>>();
        Assert.Equal(["新庄村", "马家村"], list.Select(v => v.Name));
        Assert.Equal(added.Id, list[0].Id);
        Assert.Contains(api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.VillageAdded && a.Channel == "admin-api" && a.Detail == "马家村");
    }

    [Fact]
    public async Task PostingVillageWithoutNameReturnsProblemDetails()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Post("/api/villages", new { })).Problem(HttpStatusCode.BadRequest, "name");
        Assert.Contains("1 to 40 characters", message);
        Assert.Equal(0, api.Store.Setup.Villages.Count());
    }

    [Fact]
    public async Task PostingVillageWithNumberForNameReturnsProblemDetailsNamingIt()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Send("POST", "/api/villages", """{"name": 5}""")).Problem(HttpStatusCode.BadRequest, "name");
        Assert.Equal("name must be a string.", message);
    }

    [Fact]
    public async Task PostingMalformedJsonReturnsProblemDetailsNamingTheBody()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Send("POST", "/api/villages", """{"name": """)).Problem(HttpStatusCode.BadRequest, "body");
        Assert.StartsWith("The body is not valid JSON (line 1", message);
    }

    [Fact]
    public async Task PostingPlainTextReturns415ProblemDetails()
    {
        using var api = new AdminApiFactory();
        var response = await api.Client().PostAsync("/api/villages", new StringContent("新庄村"));
        Assert.Contains("application/json", await response.Problem(HttpStatusCode.UnsupportedMediaType, "body"));
    }

    [Fact]
    public async Task DuplicateVillageNameIsAConflict()
    {
        using var api = new AdminApiFactory();
        api.AddVillage("新庄村");
        var message = await (await api.Client().Post("/api/villages", new { name = "新庄村" })).Problem(HttpStatusCode.Conflict, "name");
        Assert.Contains("already called 新庄村", message);
        Assert.Equal(1, api.Store.Setup.Villages.Count());
    }

    [Fact]
    public async Task RenamingKeepsTheVillagesScoresAndIsAudited()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var examiner = api.AddMember("郑亚娜", Role.Examiner);
        api.Get<ScoreBook>().SetItem(examiner, api.Period, village.Id, 0, 0, 18m);

        var renamed = await (await api.Client().Put($"/api/villages/{village.Id}", new { name = "新庄社区" })).Read<VillageDto>();

        Assert.Equal(new VillageDto(village.Id, "新庄社区"), renamed);
        var sheet = await (await api.Client().GetAsync($"/api/villages/{village.Id}/sheet")).Read<SheetDto>();
        Assert.Equal("新庄社区", sheet.Village.Name);
        Assert.Equal(18m, sheet.Categories[0].Items[0].Score);
        Assert.Contains(api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.VillageRenamed && a.Detail == "新庄村 → 新庄社区");
    }

    [Fact]
    public async Task RenamingToAnotherVillagesNameIsAConflict()
    {
        using var api = new AdminApiFactory();
        api.AddVillage("新庄村");
        var other = api.AddVillage("马家村");
        await (await api.Client().Put($"/api/villages/{other.Id}", new { name = "新庄村" })).Problem(HttpStatusCode.Conflict, "name");
        Assert.Equal("马家村", api.Store.Setup.Villages.FindById(other.Id)!.Name);
    }

    [Fact]
    public async Task RenamingAVillageWithASealedSheetIsAConflict()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var leader = api.AddMember("张晓岩", Role.GroupLeader);
        api.Get<Sheets>().Seal(leader, api.Period, village.Id);

        var message = await (await api.Client().Put($"/api/villages/{village.Id}", new { name = "新庄社区" })).Problem(HttpStatusCode.Conflict, "id");
        Assert.Contains("unseal", message);
        Assert.True(api.Get<Sheets>().Load(api.Period, village.Id)!.Seal!.Valid);
    }

    [Fact]
    public async Task RenamingAnUnknownVillageIsNotFound()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Put("/api/villages/42", new { name = "新庄村" })).Problem(HttpStatusCode.NotFound, "id");
        Assert.Equal("There is no village with id 42.", message);
    }

    [Fact]
    public async Task AnIdThatIsNotANumberIsABadRequestNamingIt()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Put("/api/villages/abc", new { name = "新庄村" })).Problem(HttpStatusCode.BadRequest, "id");
        Assert.Equal("id must be a whole number, not \"abc\".", message);
    }

    [Fact]
    public async Task DeletingAVillageWithoutScoresRemovesIt()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client().DeleteAsync($"/api/villages/{village.Id}")).StatusCode);

        Assert.Equal(0, api.Store.Setup.Villages.Count());
        Assert.Contains(api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.VillageRemoved && a.VillageId == village.Id);
    }

    [Fact]
    public async Task DeletingAVillageWithScoresIsRefusedAndChangesNothing()
    {
        using var api = new AdminApiFactory();
        var (village, _) = VillageWithEverything(api);
        var audit = api.Store.Audit.Entries.Count();

        var message = await (await api.Client().DeleteAsync($"/api/villages/{village.Id}")).Problem(HttpStatusCode.Conflict, "force");

        Assert.Contains("2 item scores, 1 leader ratings, 1 seals", message);
        Assert.Contains("?force=true", message);
        Assert.NotNull(api.Store.Setup.Villages.FindById(village.Id));
        Assert.Equal(2, api.Store.Scores.Items.Count(s => s.VillageId == village.Id));
        Assert.Equal(audit, api.Store.Audit.Entries.Count());
    }

    [Fact]
    public async Task ForcedDeleteRemovesScoresRatingsAndSealEachAudited()
    {
        using var api = new AdminApiFactory();
        var (village, kept) = VillageWithEverything(api);

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client().DeleteAsync($"/api/villages/{village.Id}?force=true")).StatusCode);

        Assert.Null(api.Store.Setup.Villages.FindById(village.Id));
        Assert.Equal(0, api.Store.Scores.Items.Count(s => s.VillageId == village.Id));
        Assert.Equal(0, api.Store.Scores.Ratings.Count(r => r.VillageId == village.Id));
        Assert.Equal(0, api.Store.Scores.Seals.Count(s => s.VillageId == village.Id));
        Assert.Equal(1, api.Store.Scores.Items.Count(s => s.VillageId == kept.Id));

        var entries = api.Store.Audit.Entries.Find(a => a.VillageId == village.Id).Where(a => a.Channel == "admin-api").OrderBy(a => a.Id).ToList();
        Assert.Equal([AuditActions.SheetUnsealed, AuditActions.RatingCleared, AuditActions.ScoreCleared, AuditActions.ScoreCleared, AuditActions.VillageRemoved],
            entries.Select(a => a.Action));
        var cleared = entries.Where(a => a.Action == AuditActions.ScoreCleared).OrderBy(a => a.Item).ToList();
        Assert.Equal([18m, 5.5m], cleared.Select(a => a.Old!.Value));
        Assert.All(cleared, a => Assert.Null(a.New));
        Assert.Equal(Scenario.RatingsWithTotal(90).Sum(), entries.Single(a => a.Action == AuditActions.RatingCleared).Old);
        Assert.StartsWith("新庄村; removed with it: 2 item scores, 1 leader ratings, 1 seals", entries[^1].Detail);
    }

    [Fact]
    public async Task DeletingAnUnknownVillageIsNotFound()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().DeleteAsync("/api/villages/7?force=true")).Problem(HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task ForceThatIsNotABooleanIsABadRequestNamingIt()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        await (await api.Client().DeleteAsync($"/api/villages/{village.Id}?force=yes")).Problem(HttpStatusCode.BadRequest, "force");
        Assert.NotNull(api.Store.Setup.Villages.FindById(village.Id));
    }

    /// <summary>新庄村 with two item scores, a leader's rating and a seal; 马家村 with one score, to show it is untouched.</summary>
    static (VillageDoc Village, VillageDoc Kept) VillageWithEverything(AdminApiFactory api)
    {
        var village = api.AddVillage("新庄村");
        var kept = api.AddVillage("马家村");
        var examiner = api.AddMember("郑亚娜", Role.Examiner);
        var leader = api.AddMember("王镇长", Role.Leader, Role.GroupLeader);
        var book = api.Get<ScoreBook>();
        Assert.True(book.SetItems(examiner, api.Period, village.Id, 0, [(0, 18m), (1, 5.5m)]).Ok);
        Assert.True(book.SetItem(examiner, api.Period, kept.Id, 0, 0, 17m).Ok);
        Assert.True(book.SetRating(leader, api.Period, village.Id, Scenario.RatingsWithTotal(90)).Ok);
        Assert.Equal(SealRefusal.None, api.Get<Sheets>().Seal(leader, api.Period, village.Id));
        return (village, kept);
    }
}
