using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Console;
using ChatAppraisal.Tests.Evidence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>日志 says what changed: the category and item by name, and every detail in the reader's language.</summary>
public class AuditInWordsTests
{
    [Fact]
    public async Task TheLogNamesTheItemAndSaysItsDetailsInTheReadersLanguage()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office, Role.Admin);
        var village = app.WorkedExample("新庄村");
        var rubric = app.Period.Rubric;
        Assert.True(app.Services.GetRequiredService<Attachments>().AddToItem(ConsoleApp.Setup, app.Period, village.Id, 0, 1,
            new ChatFile("台账.jpg", "image/jpeg", EvidenceFiles.Jpeg(), IsPhoto: true)).Ok);
        Assert.Equal(SealRefusal.None, app.Services.GetRequiredService<Sheets>().Seal(ConsoleApp.Setup, app.Period, village.Id));
        // Newest on the first page: one score on another village.
        var other = app.AddVillage("上庄村");
        Assert.True(app.Services.GetRequiredService<ScoreBook>().SetItems(ConsoleApp.Setup, app.Period, other.Id, 0, [(2, (decimal?)3m)]).Ok);

        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GotoAsync(app.BaseUrl + "/console/audit");
        var rows = page.Locator("#audit tbody tr");

        // A score names its category and item (上庄村's first category's third item).
        var category = rubric.Categories[0];
        var scored = rows.Filter(new() { HasText = category.Leaves[2].Name }).First;
        Assert.Contains($"1. {category.Name} · 1.3 {category.Leaves[2].Name}", await scored.InnerTextAsync());

        var sealedRow = await rows.Filter(new() { HasText = "签字密封" }).First.InnerTextAsync();
        Assert.Contains($"已评 {rubric.ItemCount}/{rubric.ItemCount} 项", sealedRow);
        Assert.DoesNotContain("items", sealedRow);

        var attachment = await rows.Filter(new() { HasText = "添加附件" }).First.InnerTextAsync();
        Assert.Contains("评分佐证 · 台账.jpg · ", attachment);
        Assert.Contains($"1. {category.Name} · 1.2 {category.Leaves[1].Name}", attachment);
        Assert.DoesNotContain("bytes", attachment);

        // The same log in English says it in English.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        // The page comes back at the same address: wait for its English, not for an address it already has.
        await Assertions.Expect(page.Locator("#audit tbody")).ToContainTextAsync($"{rubric.ItemCount}/{rubric.ItemCount} items scored");
        var english = await page.Locator("#audit tbody").InnerTextAsync();
        Assert.Contains($"{rubric.ItemCount}/{rubric.ItemCount} items scored", english);
        Assert.Contains("evidence · 台账.jpg", english);
        Assert.DoesNotContain("已评", english);
    }
}
