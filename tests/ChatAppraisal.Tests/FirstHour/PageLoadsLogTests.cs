using System.Net;
using System.Text.RegularExpressions;
using ChatAppraisal.Tests.Hardening;
using ChatAppraisal.Tests.WebChat;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// Issue 29.14: forty page loads left 36 antiforgery warnings in the log ("no-store" made antiforgery override the
/// Cache-Control header, and say so, on every page with a form), plus the warning that the data-protection keys are stored
/// unencrypted. The real program, run as a published one is: pages loaded, a form posted, restarted; no warning, and one
/// line naming where the keys are.
/// </summary>
public sealed class PageLoadsLogTests
{
    [Fact]
    public async Task FortyPageLoadsAndARestartLeaveNoAntiforgeryOrKeyWarningsAndTheLogNamesTheKeys()
    {
        var folder = RealBot.NewFolder();
        var jar = new CookieContainer();
        string log;
        await using (var bot = await RealBot.Start(folder))
        {
            var bootstrap = Regex.Match(await File.ReadAllTextAsync(bot.DatabasePath + ".first-admin.txt"), @"/start (\S+)").Groups[1].Value;
            using var browser = Browser(bot.BaseUrl, jar);
            var signIn = await browser.PostAsync("/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["code"] = bootstrap, ["__RequestVerificationToken"] = WebChatApp.Token(await browser.GetStringAsync("/chat")),
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            string[] pages = ["/chat", "/console", "/console/progress", "/console/villages", "/console/members", "/console/rubric", "/console/periods", "/console/audit", "/console/export", "/console/backups"];
            for (var round = 0; round < 4; round++)
                foreach (var path in pages)
                {
                    var page = await browser.GetAsync(path);
                    Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                    Assert.Contains("no-store", page.Headers.CacheControl!.ToString());
                }
            await bot.Stop();
            log = bot.Stdout + bot.Stderr;
        }

        // Restarted on the same folder: the same keys, so the browser is still signed in and its form posts.
        await using (var again = await RealBot.Start(folder))
        {
            using var browser = Browser(again.BaseUrl, jar);
            var villages = await browser.GetStringAsync("/console/villages");
            var added = await browser.PostAsync("/console/villages?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = "新庄村", ["__RequestVerificationToken"] = WebChatApp.Token(villages),
            }));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            await again.Stop();
            log += again.Stdout + again.Stderr;
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "captured.log"), log); // to read after a failure
        Assert.DoesNotContain("Antiforgery", log);
        Assert.DoesNotContain("XML encryptor", log);
        Assert.Contains($"Page keys (sign-in cookies, forms, kept invites) in {folder}/appraisal.db.keys", log);
    }

    static HttpClient Browser(string baseUrl, CookieContainer jar)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }
}
