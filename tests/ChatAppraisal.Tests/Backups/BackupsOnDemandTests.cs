using System.Net;
using System.Security.Cryptography;
using ChatAppraisal.Backups;
using ChatAppraisal.Members;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.Admin;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Backups;

/// <summary>A backup asked for by the admin API (POST and GET /api/backups) and by the console's 备份 button, in the real host.</summary>
public class BackupsOnDemandTests
{
    [Fact]
    public async Task PostApiBackupsTakesACheckedBackupAndGetListsThemNewestFirst()
    {
        using var api = new AdminApiFactory();
        var county = api.Client();
        api.AddVillage("新庄村");
        Assert.Empty((await (await county.GetAsync("/api/backups")).ReadJson()).EnumerateArray());

        var first = await (await county.Send("POST", "/api/backups")).ReadJson(HttpStatusCode.Created);
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var taken = await county.Send("POST", "/api/backups");
        var second = await taken.ReadJson(HttpStatusCode.Created);

        var file = second.GetProperty("file").GetString()!;
        var path = Path.Combine(api.Folder, "backups", file);
        Assert.Equal($"/api/backups/{file}", taken.Headers.Location?.OriginalString);
        Assert.Equal("onDemand", second.GetProperty("reason").GetString());
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime, second.GetProperty("at").GetDateTime().ToUniversalTime());
        Assert.Equal(new FileInfo(path).Length, second.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), second.GetProperty("sha256").GetString());
        var holds = new LiteDbBackup().Inspect(path).Counts;
        Assert.Equal((holds.Scores, holds.Seals, holds.AuditEntries, holds.Attachments),
            (second.GetProperty("scores").GetInt64(), second.GetProperty("seals").GetInt64(), second.GetProperty("auditEntries").GetInt64(),
                second.GetProperty("attachments").GetInt64()));
        Assert.True(holds.AuditEntries > 0, "the village's addition is in the backup's audit trail");

        var listed = await (await county.GetAsync("/api/backups")).ReadJson();
        Assert.Equal([file, first.GetProperty("file").GetString()!], listed.EnumerateArray().Select(b => b.GetProperty("file").GetString()!));
        Assert.Equal(second.GetRawText(), listed[0].GetRawText());
    }

    [Fact]
    public async Task TheConsolesBackupButtonTakesOneAndThePageListsIt()
    {
        await using var app = WebChatApp.Start();
        try
        {
            using var browser = app.Client();
            await app.SignIn(browser, app.Invite("管理员甲", Role.Admin, Role.Office).Code);
            var page = await browser.GetStringAsync("/console/backups");
            Assert.Contains("备份存放在", page);

            var pressed = await browser.PostAsync("/console/backups", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebChatApp.Token(page),
            }));

            Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
            var record = Assert.Single(app.Services.GetRequiredService<BackupKeeper>().List());
            Assert.Equal((BackupReason.OnDemand, "管理员甲"), (record.Reason, record.Note));
            var after = await browser.GetStringAsync("/console/backups");
            Assert.Contains("✅ 备份完成", after);
            Assert.Contains(record.File, after);
            Assert.Contains(record.Sha256, after);
        }
        finally
        {
            try { Directory.Delete(app.Folder, recursive: true); } catch (IOException) { }
        }
    }
}
