using System.Runtime.Versioning;
using ChatAppraisal.Bot.Hosting.Desktop;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Release;

/// <summary>
/// The office PC's double-click start (Desktop:OpenBrowser, as the Windows release's appsettings.json sets it), run with
/// the linux-x64 program: Windows itself cannot run here, but the same code opens the default browser (xdg-open on
/// Linux, the shell on Windows). The "browser" on the PATH is a script that writes down the link it was given;
/// Chromium then opens that link.
/// </summary>
[Collection(ReleaseCollection.Name), SupportedOSPlatform("linux")]
public sealed class DesktopStartTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("chatappraisal-desktop-").FullName;

    [Fact]
    public async Task TheDesktopStartOpensTheConsoleSignedInAsThePcsAdminAndListsThePhonesAddresses()
    {
        var program = await ReleaseArchive.UnpackAsync(_folder);
        var opened = Path.Combine(_folder, "opened.txt");
        var fakeBrowser = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        await File.WriteAllTextAsync(Path.Combine(fakeBrowser, "xdg-open"), $"#!/bin/sh\necho \"$1\" > '{opened}'\n");
        File.SetUnixFileMode(Path.Combine(fakeBrowser, "xdg-open"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var port = WebBotApp.FreePort();

        using var desktop = PublishedProgram.Start(program, _folder,
            ["--Desktop:OpenBrowser=true", "--Console:Enabled=false", $"--Admin:Urls=http://0.0.0.0:{port}"], path: fakeBrowser);
        const string Started = "关闭此窗口即停止运行。";
        await desktop.WaitUntilAsync(() => Task.FromResult(desktop.Output.Contains(Started)), $"“{Started}”", PublishedProgram.Patience);

        // The window: the version, where its data is, and the addresses phones on the office network open.
        Assert.Contains($"ChatAppraisal {AppVersion.Current} 已启动。设置和数据在：{Path.GetDirectoryName(program)}", desktop.Output);
        Assert.Contains("考核办控制台已在浏览器中打开（已用本机管理员登录）。", desktop.Output);
        var office = NetworkAddresses.OfficeIPv4();
        if (office.Count == 0)
            Assert.Contains("这台电脑现在没有连接网络", desktop.Output);
        else
        {
            Assert.Contains("同一网络（办公室 Wi-Fi）的手机请打开：", desktop.Output);
            foreach (var ip in office) Assert.Contains($"    http://{ip}:{port}/chat", desktop.Output);
        }
        Assert.DoesNotContain("No admin yet", desktop.Output); // the PC's own admin needs no code to copy

        var link = (await File.ReadAllTextAsync(opened)).Trim();
        Assert.Matches($@"^http://127\.0\.0\.1:{port}/chat/link/[A-Za-z0-9_-]+\?returnUrl=%2Fconsole$", link);

        await using (var browser = await chromium.Desktop())
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(link);
            await Assertions.Expect(page.GetByText("本机管理员")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "排名" })).ToBeVisibleAsync();
            Assert.EndsWith("/console", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveTextAsync($"ChatAppraisal {AppVersion.Current}");
        }

        // Single-use: the same link in another browser signs nobody in.
        await using var other = await chromium.Desktop();
        var again = await other.NewPageAsync();
        Assert.Equal(409, (await again.GotoAsync(link))!.Status);

        Assert.Equal(0, await desktop.StopAsync());
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
