using System.Net;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.WebChat;
using ChatAppraisal.Towns;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Towns;

/// <summary>
/// Towns in the pages: none shows while the deployment has one town; with two, the console's header names the member's
/// town, a county member switches between towns there (kept for the next pages), and a town's member cannot switch.
/// </summary>
public sealed class TownPagesTests : IAsyncLifetime
{
    WebChatApp _app = null!;

    public Task InitializeAsync()
    {
        _app = WebChatApp.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_app.Folder, recursive: true); } catch (IOException) { }
    }

    async Task<HttpClient> SignedIn(int town, string name, params Role[] roles)
    {
        string code;
        using (TownScope.Enter(town)) code = _app.Invite(name, roles).Code;
        var client = _app.Client();
        await _app.SignIn(client, code);
        return client;
    }

    static async Task<string> Page(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TownsAppearInThePagesOnlyOnceThereAreTwo()
    {
        _app.AddVillage("新庄村");
        using var county = await SignedIn(TownScope.DefaultTownId, "周县", Role.County, Role.Office, Role.Admin);
        using var admin = await SignedIn(TownScope.DefaultTownId, "张三", Role.Admin, Role.Office);

        // One town: the console looks as it always did, for the county's member too.
        foreach (var url in new[] { "/console", "/console/villages", "/console/progress", "/console/backups" })
            foreach (var client in new[] { county, admin })
            {
                var html = await Page(client, url);
                Assert.DoesNotContain("class=\"towns\"", html);
                Assert.DoesNotContain("新庄镇", html);
            }
        Assert.Contains("备份存放在", await Page(admin, "/console/backups"));

        var (first, second) = TwoTownsData.Fill(_app.Services);
        // Two towns: the header names the member's own town; only the county's member gets the switch.
        var adminPage = await Page(admin, "/console/villages");
        Assert.Contains("· 新庄镇", adminPage);
        Assert.DoesNotContain("class=\"towns\"", adminPage);
        Assert.DoesNotContain(TwoTownsData.OtherTownName, adminPage);
        var countyPage = await Page(county, "/console");
        Assert.Contains("class=\"towns\"", countyPage);
        Assert.Contains($"href=\"?town={second.Town}\">{TwoTownsData.OtherTownName}</a>", countyPage);
        Assert.Contains($"href=\"?town={first.Town}\" aria-current=\"page\">新庄镇</a>", countyPage);

        // The county's member switches to 柳河镇; the choice holds on the next page without the query.
        var switched = await Page(county, $"/console/villages?town={second.Town}");
        Assert.Contains("柳河村", switched);
        Assert.DoesNotContain("新庄村", switched);
        var next = await Page(county, "/console/progress");
        Assert.Contains("柳河村", next);
        Assert.Contains("· 柳河镇", next);
        Assert.DoesNotContain("东湾村", next);
        // Switched to 柳河镇, the county's admin adds the town's first admin in 成员; their invite signs them in to 柳河镇.
        var members = await Page(county, "/console/members");
        var added = await county.PostAsync("/console/members?handler=Add", new FormUrlEncodedContent(new[]
        {
            KeyValuePair.Create("Name", "刘镇长"), KeyValuePair.Create("Role", "admin"), KeyValuePair.Create("Role", "office"),
            KeyValuePair.Create("__RequestVerificationToken", WebChatApp.Token(members)),
        }));
        Assert.True(added.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"adding a member answered {added.StatusCode}");
        MemberDoc townAdmin;
        using (TownScope.Enter(second.Town)) townAdmin = _app.Members.All().Single(m => m.Name == "刘镇长");
        Assert.Equal(second.Town, townAdmin.TownId);
        Assert.DoesNotContain(_app.Members.All(), m => m.Name == "刘镇长"); // not in the default town
        string code;
        using (TownScope.Enter(second.Town)) code = _app.Members.CreateInvite(townAdmin.Id).Code;
        using var mayor = _app.Client();
        await _app.SignIn(mayor, code);
        var theirVillages = await Page(mayor, "/console/villages");
        Assert.Contains("柳河村", theirVillages);
        Assert.DoesNotContain("新庄村", theirVillages);

        Assert.Contains("新庄村", await Page(county, $"/console/villages?town={first.Town}"));

        // A town's admin cannot switch: the query is ignored, the page stays their own town's.
        var tried = await Page(admin, $"/console/villages?town={second.Town}");
        Assert.Contains("新庄村", tried);
        Assert.DoesNotContain("柳河村", tried);
        // Backups hold every town: with two towns they are the county's, and a town's admin neither lists nor takes one.
        var theirs = await Page(admin, "/console/backups");
        Assert.Contains("由县考核办统一管理", theirs);
        Assert.DoesNotContain("备份存放在", theirs);
        Assert.Contains("备份存放在", await Page(county, "/console/backups"));
        var form = await Page(admin, "/console/villages");
        var post = await admin.PostAsync("/console/backups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebChatApp.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", WebChatApp.Token(page))]);

    /// <summary>Issue 24: "the county's admin creates towns and their first admin", in the console as over the API.</summary>
    [Fact]
    public async Task TheCountysAdminAddsATownInTheConsoleAndIsSwitchedToItToAddItsFirstAdmin()
    {
        _app.AddVillage("新庄村");
        var towns = _app.Services.GetRequiredService<TownList>();
        using var county = await SignedIn(TownScope.DefaultTownId, "周县", Role.County, Role.Office, Role.Admin);
        using var admin = await SignedIn(TownScope.DefaultTownId, "张三", Role.Admin, Role.Office);

        // A town's admin is not offered the form, and posting it anyway is refused with nothing added.
        var theirs = await Page(admin, "/console/members");
        Assert.DoesNotContain("添加镇", theirs);
        var refused = await admin.PostAsync("/console/members?handler=AddTown", Form(theirs, ("TownName", "柳河镇")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(towns.All());

        // The county's admin adds 柳河镇 and lands on its 成员 page, switched to it.
        var members = await Page(county, "/console/members");
        Assert.Contains("添加镇", members);
        var added = await county.PostAsync("/console/members?handler=AddTown", Form(members, ("TownName", " 柳河镇 ")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var town = Assert.Single(towns.All(), t => t.Name == "柳河镇");
        var location = added.Headers.Location!.ToString();
        Assert.EndsWith($"/console/members?town={town.Id}", location);
        var switched = await Page(county, location);
        Assert.Contains("已添加柳河镇，现在看的是柳河镇", switched);
        Assert.Contains("· 柳河镇", switched);
        Assert.DoesNotContain("张三", switched);
        using (TownScope.Enter(town.Id)) Assert.Equal("2017年度", _app.Services.GetRequiredService<Periods>().Active().Name);

        // A name taken or empty is refused with a sentence saying why; nothing is added.
        Assert.Contains("已经有柳河镇了。", WebUtility.HtmlDecode(await (await county.PostAsync("/console/members?handler=AddTown", Form(switched, ("TownName", "柳河镇")))).Content.ReadAsStringAsync()));
        Assert.Contains("镇名要写 1 到", WebUtility.HtmlDecode(await (await county.PostAsync("/console/members?handler=AddTown", Form(switched, ("TownName", "  ")))).Content.ReadAsStringAsync()));
        Assert.Equal(2, towns.All().Count);

        // Its first admin, added on the same page, belongs to 柳河镇 and their invite signs them in there.
        var first = await county.PostAsync("/console/members?handler=Add", Form(switched, ("Name", "刘镇长"), ("Role", "admin"), ("Role", "office")));
        Assert.True(first.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"adding a member answered {first.StatusCode}");
        MemberDoc mayor;
        using (TownScope.Enter(town.Id)) mayor = _app.Members.All().Single(m => m.Name == "刘镇长");
        Assert.Equal(town.Id, mayor.TownId);
        string code;
        using (TownScope.Enter(town.Id)) code = _app.Members.CreateInvite(mayor.Id).Code;
        using var theirClient = _app.Client();
        await _app.SignIn(theirClient, code);
        var theirVillages = await Page(theirClient, "/console/villages");
        Assert.Contains("· 柳河镇", theirVillages);
        Assert.DoesNotContain("新庄村", theirVillages);
    }
}
