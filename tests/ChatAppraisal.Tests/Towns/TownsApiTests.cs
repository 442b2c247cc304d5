using System.Net;
using System.Text.Json;
using ChatAppraisal.Tests.Admin;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;

namespace ChatAppraisal.Tests.Towns;

/// <summary>The admin API with towns: the old routes are the default town's, the same routes under /api/towns/{townId}/… another's.</summary>
public class TownsApiTests
{
    static IEnumerable<string> Names(JsonElement list) => list.EnumerateArray().Select(v => v.GetProperty("name").GetString()!);

    [Fact]
    public async Task ATownIsAddedOnceAndItsRoutesHoldOnlyItsOwnVillages()
    {
        using var api = new AdminApiFactory();
        var county = api.Client();
        await (await county.Post("/api/villages", new { name = "新庄村" })).ReadJson(HttpStatusCode.Created);

        var town = await (await county.Post("/api/towns", new { name = "柳河镇" })).ReadJson(HttpStatusCode.Created);
        var id = town.GetProperty("id").GetInt32();
        Assert.Equal(2, id);
        Assert.Contains("柳河镇", await (await county.Post("/api/towns", new { name = "柳河镇" })).Problem(HttpStatusCode.Conflict, "name"));
        await (await county.Post("/api/towns", new { name = "  " })).Problem(HttpStatusCode.BadRequest, "name");

        // The same village name in another town is another village.
        await (await county.Post($"/api/towns/{id}/villages", new { name = "新庄村" })).ReadJson(HttpStatusCode.Created);
        await (await county.Post($"/api/towns/{id}/villages", new { name = "柳河村" })).ReadJson(HttpStatusCode.Created);
        Assert.Equal(["新庄村"], Names(await (await county.GetAsync("/api/villages")).ReadJson()));
        Assert.Equal(["新庄村"], Names(await (await county.GetAsync("/api/towns/1/villages")).ReadJson()));
        Assert.Equal(["新庄村", "柳河村"], Names(await (await county.GetAsync($"/api/towns/{id}/villages")).ReadJson()));
        // A new town has its own first period, with the seed rubric.
        Assert.Single((await (await county.GetAsync($"/api/towns/{id}/periods")).ReadJson()).EnumerateArray());
        // An id of one town is unknown in the other.
        var theirs = (await (await county.GetAsync($"/api/towns/{id}/villages")).ReadJson())[1].GetProperty("id").GetInt32();
        await (await county.Put($"/api/villages/{theirs}", new { name = "抢来的村" })).Problem(HttpStatusCode.NotFound, "id");
        await (await county.GetAsync("/api/towns/9/villages")).Problem(HttpStatusCode.NotFound, "townId");

        var towns = await (await county.GetAsync("/api/towns")).ReadJson();
        Assert.Equal(["新庄镇", "柳河镇"], Names(towns));
        Assert.Equal([1, 2], towns.EnumerateArray().Select(t => t.GetProperty("villages").GetInt32()));
        Assert.Equal(0, towns[1].GetProperty("itemsScored").GetInt32());
        Assert.Equal(2 * 117, towns[1].GetProperty("itemsTotal").GetInt32());

        // The county's workbook: a summary sheet per town.
        var workbook = await (await county.GetAsync("/api/towns/export.xlsx")).Content.ReadAsByteArrayAsync();
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        Assert.Equal(["新庄镇", "柳河镇"], xlsx.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public async Task ANewDatabasesOneTownIsNamedByStorageDefaultTown()
    {
        using var api = new AdminApiFactory();
        using var named = api.WithWebHostBuilder(host => host.UseSetting("Storage:DefaultTown", "石门镇"));
        var county = named.CreateClient();
        county.DefaultRequestHeaders.Add("X-Api-Key", AdminApiFactory.Key);

        Assert.Equal(["石门镇"], Names(await (await county.GetAsync("/api/towns")).ReadJson()));
        Assert.Contains("石门镇", await (await county.Post("/api/towns", new { name = "石门镇" })).Problem(HttpStatusCode.Conflict, "name"));
    }

    [Fact]
    public async Task ATownsKeyOpensOnlyItsOwnTownsRoutesUntilRevoked()
    {
        using var api = new AdminApiFactory();
        var county = api.Client();
        var id = (await (await county.Post("/api/towns", new { name = "柳河镇" })).ReadJson(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var made = await (await county.Send("POST", $"/api/towns/{id}/keys")).ReadJson(HttpStatusCode.Created);
        var (keyId, key) = (made.GetProperty("id").GetString()!, made.GetProperty("key").GetString()!);
        Assert.DoesNotContain(key, File.ReadAllText(api.DatabasePath, System.Text.Encoding.Latin1)); // kept as a hash only

        var town = api.Client(key);
        await (await town.Post($"/api/towns/{id}/villages", new { name = "柳河村" })).ReadJson(HttpStatusCode.Created);
        Assert.Equal(["柳河村"], Names(await (await town.GetAsync($"/api/towns/{id}/villages")).ReadJson()));
        // Another town's routes, the default town's (the old paths), and the county's own routes are refused.
        await (await town.GetAsync("/api/villages")).Problem(HttpStatusCode.Forbidden, "X-Api-Key");
        await (await town.GetAsync("/api/towns/1/villages")).Problem(HttpStatusCode.Forbidden, "X-Api-Key");
        await (await town.Post("/api/towns/1/villages", new { name = "偷偷加的村" })).Problem(HttpStatusCode.Forbidden, "X-Api-Key");
        await (await town.GetAsync("/api/towns")).Problem(HttpStatusCode.Forbidden, "X-Api-Key");
        await (await town.Send("POST", $"/api/towns/{id}/keys")).Problem(HttpStatusCode.Forbidden, "X-Api-Key");
        await (await town.Send("POST", "/api/backups")).Problem(HttpStatusCode.Forbidden, "X-Api-Key");
        Assert.Empty((await (await county.GetAsync("/api/villages")).ReadJson()).EnumerateArray());

        Assert.Equal(HttpStatusCode.NotFound, (await county.Send("DELETE", $"/api/towns/1/keys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await county.Send("DELETE", $"/api/towns/{id}/keys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await town.GetAsync($"/api/towns/{id}/villages")).StatusCode);
    }
}
