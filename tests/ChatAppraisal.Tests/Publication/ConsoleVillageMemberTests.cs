using ChatAppraisal.Members;
using ChatAppraisal.Tests.Console;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Publication;

/// <summary>A village's official (村干部) added on the console's 成员 page, bound to their village, in Chromium.</summary>
public class ConsoleVillageMemberTests
{
    [Fact]
    public async Task AnAdminAddsAVillageOfficialBoundToTheirVillageAndIsAskedForTheVillageWhenNoneIsChosen()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李主任", Role.Admin);
        app.AddVillage("新庄村");
        var shangzhuang = app.AddVillage("上庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GotoAsync(app.BaseUrl + "/console/members");
        MemberDoc? Wang() => app.Store.Roster.Members.FindAll().SingleOrDefault(m => m.Name == "王书记");

        async Task AddAsync(string? village)
        {
            await page.Locator("#new-name").FillAsync("王书记");
            await page.Locator("#new-role-village").CheckAsync();
            if (village is not null) await page.Locator("#new-village").SelectOptionAsync(new SelectOptionValue { Label = village });
            await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        }

        // 村干部 without a village: refused, saying what is missing; nobody is added.
        await AddAsync(null);
        Assert.Contains("村干部要选所在的村。", await page.ContentAsync());
        Assert.Null(Wang());

        // With 上庄村 chosen: the member holds the role for that village, and the card says so in one line.
        await AddAsync("上庄村");
        Assert.Equal([Role.Village], Wang()!.Roles);
        Assert.Equal(shangzhuang.Id, Wang()!.VillageId);
        var card = page.GetByRole(AriaRole.Region, new() { Name = "王书记", Exact = true });
        Assert.Equal("村干部 · 上庄村", (await card.Locator(".member-summary").InnerTextAsync()).Trim());
    }
}
