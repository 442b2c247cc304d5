using System.Runtime.Versioning;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Processes;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Release;

/// <summary>
/// The linux-x64 release run from a fresh folder with no .NET SDK on the PATH, as the county's server runs it: its
/// version, its data beside itself wherever it is started from, an upgrade by replacing the program, the console chat
/// over piped input, the browser chat's sign-in with the bootstrap code.
/// </summary>
[Collection(ReleaseCollection.Name), SupportedOSPlatform("linux")]
public sealed class PublishedProgramTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("chatappraisal-release-").FullName;

    [Fact]
    public async Task VersionPrintsTheRepositorysVersionWithoutTheSdk()
    {
        var program = await ReleaseArchive.UnpackAsync(_folder);
        Assert.True(File.GetUnixFileMode(program).HasFlag(UnixFileMode.UserExecute), "the archive keeps the program executable");

        using var run = PublishedProgram.Start(program, _folder, ["--version"]);
        Assert.Equal(0, await run.WaitForExitAsync(PublishedProgram.Patience));
        Assert.Equal($"ChatAppraisal {AppVersion.Current}", run.Stdout.Trim());
    }

    [Fact]
    public async Task StartedFromAnotherFolderItKeepsItsDataBesideItselfAndAnUpgradeReplacingTheProgramKeepsIt()
    {
        var program = await ReleaseArchive.UnpackAsync(_folder);
        var home = Path.GetDirectoryName(program)!;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;
        var baseUrl = $"http://127.0.0.1:{WebBotApp.FreePort()}";

        using (var first = PublishedProgram.Start(program, elsewhere, [$"--Admin:Urls={baseUrl}"]))
        {
            await first.WaitHealthyAsync(baseUrl, PublishedProgram.Patience);
            using var http = new HttpClient();
            var health = JsonDocument.Parse(await http.GetStringAsync(baseUrl + "/healthz")).RootElement;
            Assert.Equal("ok", health.GetProperty("status").GetString());
            Assert.Equal(AppVersion.Current, health.GetProperty("version").GetString());
            Assert.Contains($"ChatAppraisal {AppVersion.Current} starting in {home}", first.Output);
            Assert.True(File.Exists(Path.Combine(home, "data", "appraisal.db")), first.Output);
            Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));

            using var api = ApiClient(home, baseUrl);
            Assert.True((await api.PostAsJsonAsync("/api/villages", new { name = "新庄村" })).IsSuccessStatusCode);
            // Closing the window, Ctrl+C and systemd's stop all end in the same clean stop.
            Assert.Equal(0, await first.StopAsync());
        }

        // Upgrading is replacing the program: the settings and data/ beside it stay.
        var upgrade = await ReleaseArchive.UnpackAsync(Path.Combine(_folder, "upgrade"));
        File.Copy(upgrade, program, overwrite: true);
        using var second = PublishedProgram.Start(program, elsewhere, [$"--Admin:Urls={baseUrl}"]);
        await second.WaitHealthyAsync(baseUrl, PublishedProgram.Patience);
        Assert.Contains("(opened)", second.Output);
        using var again = ApiClient(home, baseUrl);
        Assert.Contains("新庄村", await again.GetStringAsync("/api/villages"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task TheConsoleChatAnswersHelpOverPipedInput()
    {
        var program = await ReleaseArchive.UnpackAsync(_folder);
        using var chat = PublishedProgram.Start(program, _folder,
            ["--Console:Enabled=true", $"--Admin:Urls=http://127.0.0.1:{WebBotApp.FreePort()}"], input: "帮助\n");

        Assert.Equal(0, await chat.WaitForExitAsync(PublishedProgram.Patience));
        Assert.Contains("您以“本机管理员”身份登录", chat.Output);
        Assert.Contains("/help（帮助） — 帮助（不会打断当前操作）", chat.Output);
        Assert.Contains("/score（评分、打分） — 现场评分（考核组）", chat.Output);
    }

    [Fact]
    public async Task TheBrowserChatSignsInWithTheBootstrapCode()
    {
        var program = await ReleaseArchive.UnpackAsync(_folder);
        var baseUrl = $"http://127.0.0.1:{WebBotApp.FreePort()}";
        using var server = PublishedProgram.Start(program, _folder, [$"--Admin:Urls={baseUrl}"]);
        await server.WaitHealthyAsync(baseUrl, PublishedProgram.Patience);
        var code = await BootstrapCode(server, Path.GetDirectoryName(program)!);

        await using var browser = await chromium.Desktop();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/chat");
        await page.GetByLabel("邀请码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Log)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("管理员（管理员）")).ToBeVisibleAsync();
        await page.GetByLabel("消息").FillAsync("帮助");
        await page.GetByRole(AriaRole.Button, new() { Name = "发送", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Log)).ToContainTextAsync("/invite（邀请）");
    }

    /// <summary>The first admin's code: in the start-up log, or in the file beside the database that holds it.</summary>
    static async Task<string> BootstrapCode(BotProcess server, string home)
    {
        var pattern = new Regex(@"/start ([A-Za-z0-9_-]{16,})");
        for (var i = 0; i < 300; i++)
        {
            if (pattern.Match(server.Output) is { Success: true } logged) return logged.Groups[1].Value;
            var data = Path.Combine(home, "data");
            foreach (var file in Directory.Exists(data) ? Directory.EnumerateFiles(data, "*first-admin*") : [])
                if (pattern.Match(await File.ReadAllTextAsync(file)) is { Success: true } written) return written.Groups[1].Value;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("No bootstrap admin code in the log or beside the database. Output:\n" + server.Output);
    }

    static HttpClient ApiClient(string home, string baseUrl)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", File.ReadAllText(Path.Combine(home, "data", "appraisal.db.apikey")).Trim());
        return client;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The release's tests run one after another: each starts a 120 MB program, and the machine's cores are shared.</summary>
[CollectionDefinition(Name)]
public sealed class ReleaseCollection
{
    public const string Name = "Published programs";
}
