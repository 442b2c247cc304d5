using System.IO.Compression;
using ChatAppraisal.Channels;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>Issue 29.14: the console's 导出 offers the attachments' zip the chat's 导出 sends, once there are attachments.</summary>
public sealed class ConsoleExportZipTests
{
    [Fact]
    public async Task TheConsolesExportOffersTheAttachmentsZipOnceThereAreAny()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("钱主任", Role.Office);
        var village = app.AddVillage("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync(app.BaseUrl + "/console/export");
        await Assertions.Expect(page.Locator("#no-attachments")).ToContainTextAsync("还没有附件");
        Assert.Equal(0, await page.Locator("#attachments-zip").CountAsync());

        var attachments = app.Services.GetRequiredService<Attachments>();
        Assert.True(attachments.AddToItem(ConsoleApp.Setup, app.Period, village.Id, 0, 0, new ChatFile("台账.txt", "text/plain", "三会一课记录"u8.ToArray())).Ok);
        Assert.True(attachments.AddToItem(ConsoleApp.Setup, app.Period, village.Id, 2, 1, new ChatFile("名单.txt", "text/plain", "花名册"u8.ToArray())).Ok);
        await page.ReloadAsync();
        var link = page.Locator("#attachments-zip");
        await Assertions.Expect(link).ToHaveTextAsync("考核附件（ZIP，1 个村的 2 个文件，每村一个文件夹）");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal($"{app.Period.Name}考核附件.zip", download.SuggestedFilename);
        var saved = Path.Combine(app.Folder, "download.zip");
        await download.SaveAsAsync(saved);
        using var zip = ZipFile.OpenRead(saved);
        var entries = zip.Entries.Where(e => e.Length > 0).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("新庄村/", e.FullName));
        using var reader = new StreamReader(entries.Single(e => e.FullName.EndsWith("台账.txt", StringComparison.Ordinal)).Open());
        Assert.Equal("三会一课记录", await reader.ReadToEndAsync());
    }
}
