using ChatAppraisal.Members;
using ChatAppraisal.Tests.Browser;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>The 成员 page sets the villages a member works for (包村干部), in a real browser.</summary>
public class ConsoleConflictsTests
{
    [Fact]
    public async Task AnAdminTicksTheVillagesAMemberWorksForAndUnticksThem()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var (leader, _) = app.Member("苏虎林", Role.Leader);
        var village = app.AddVillage("新庄村");
        app.AddVillage("东湾村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync(app.BaseUrl + "/console/members");
        var card = page.GetByRole(AriaRole.Region, new() { Name = "苏虎林", Exact = true });
        await card.GetByLabel("新庄村").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();

        card = page.GetByRole(AriaRole.Region, new() { Name = "苏虎林", Exact = true });
        await Assertions.Expect(card.GetByLabel("新庄村")).ToBeCheckedAsync();
        Assert.False(await card.GetByLabel("东湾村").IsCheckedAsync());
        Assert.Equal([village.Id], app.Store.Roster.Members.FindById(leader.Id)!.VillageIds);
        Assert.Equal([Role.Leader], app.Store.Roster.Members.FindById(leader.Id)!.Roles);

        await card.GetByLabel("新庄村").UncheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "苏虎林", Exact = true }).GetByLabel("新庄村")).Not.ToBeCheckedAsync();
        Assert.Empty(app.Store.Roster.Members.FindById(leader.Id)!.VillageIds);
    }
}
