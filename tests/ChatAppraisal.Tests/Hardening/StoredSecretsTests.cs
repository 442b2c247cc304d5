using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Storage.LiteDb.Migrations;
using ChatAppraisal.Tests.WebChat;
using LiteDB;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 2, the contents: a copy of the database file signs no one in.</summary>
public sealed class StoredSecretsTests
{
    [Fact]
    public async Task TheDatabaseFilesBytesHoldNoInviteCodeSignInTokenOrSessionId()
    {
        var app = WebChatApp.Start();
        var (_, unused) = app.Invite("郑亚娜", Role.Examiner);
        var (member, used) = app.Invite("钱卫东", Role.Office);
        var bootstrap = Regex.Match(await File.ReadAllTextAsync(app.DatabasePath + ".first-admin.txt"), @"/start (\S+)").Groups[1].Value;
        var token = app.Services.GetRequiredService<WebSignInLinks>().Create(member.Id, null);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(app.BaseUrl) };
        await app.SignIn(browser, used);
        var session = SessionSecret(app, cookies.GetCookies(new Uri(app.BaseUrl))[SignInExtensions.CookieName]!.Value);
        Assert.Contains("退出登录", await browser.GetStringAsync("/chat")); // the session is live
        var path = app.DatabasePath;
        await app.DisposeAsync();

        var bytes = Encoding.Latin1.GetString([.. File.ReadAllBytes(path), .. LogFile(path)]);
        foreach (var secret in new[] { unused, used, bootstrap, token, session })
        {
            Assert.Equal(22, secret.Length);
            Assert.DoesNotContain(secret, bytes);
        }
        Assert.Contains(Secrets.Hash(unused), bytes); // what is stored instead, and looked up by
    }

    [Fact]
    public async Task CodesStoredBeforeHashingStillSignInAndAreStoredAsHashesAfterStart()
    {
        var app = WebChatApp.Start();
        var (member, _) = app.Invite("郑亚娜", Role.Examiner);
        var path = app.DatabasePath;
        await app.DisposeAsync();
        // A file written by the version before hashing (schema 5): the code is the document's id.
        var plain = Secrets.New();
        using (var old = new AppraisalStore(path))
            old.Roster.Invites.Insert(new InviteDoc { Id = plain, MemberId = member.Id, CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(7) });
        using (var db = new LiteDatabase($"Filename={path};Connection=direct")) SchemaUpgrade.Write(db, new M006_HashStoredSecrets().Version - 1);

        var again = WebChatApp.Start(path);
        try
        {
            Assert.Null(again.Store.Roster.Invites.FindById(plain));
            Assert.NotNull(again.Store.Roster.Invites.FindById(Secrets.Hash(plain)));
            using var browser = again.Client();
            await again.SignIn(browser, plain);
            Assert.NotNull(again.Store.Roster.Invites.FindById(Secrets.Hash(plain))!.UsedAt);
            Assert.All(again.Store.Roster.Invites.FindAll(), i => Assert.True(Secrets.IsHash(i.Id)));
            Assert.True(File.Exists(path + ".v5.bak")); // the numbered step 6 did it, with the copy kept first
        }
        finally
        {
            await again.DisposeAsync();
        }
    }

    /// <summary>The session's secret inside the sealed cookie (what a stolen cookie would carry).</summary>
    static string SessionSecret(WebChatApp app, string cookie)
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(SignInExtensions.Scheme);
        var ticket = options.TicketDataFormat.Unprotect(cookie)!;
        return ticket.Principal.FindFirst("ca:session")!.Value;
    }

    static byte[] LogFile(string database)
    {
        var log = Path.Combine(Path.GetDirectoryName(database)!, Path.GetFileNameWithoutExtension(database) + "-log.db");
        return File.Exists(log) ? File.ReadAllBytes(log) : [];
    }
}
