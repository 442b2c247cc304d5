using System.ComponentModel;
using System.Diagnostics;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Conversations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Hosting.Desktop;

/// <summary>
/// The double-click start on the office PC: once the site listens, opens the console in the default browser with a
/// single-use sign-in link for the PC's admin, and writes in the window where phones on the office network reach it.
/// Closing the window stops the host as Ctrl+C does (the console lifetime).
/// </summary>
sealed class DesktopStart(
    IHostApplicationLifetime lifetime, IServer server, DesktopAdmin admin, WebSignInLinks links, IOptions<BotOptions> bot,
    ILogger<DesktopStart> logger) : IHostedService
{
    /// <summary>The chat channel name of the PC's own account (no messages travel on it).</summary>
    public const string Channel = "desktop";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Open);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    void Open()
    {
        try
        {
            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            if (listening.Count == 0) return;
            var words = PageTexts.For(bot.Value.Language);
            var member = admin.Ensure();
            var token = links.Create(member.Id, bot.Value.Language);
            var link = LocalBaseUrl(listening[0]) + WebSignInLinks.Path(token) + "?returnUrl=" + Uri.EscapeDataString(ConsoleLinkCommand.ConsolePath);

            var window = new List<string> { "", words.DesktopStarted(AppVersion.Current, Directory.GetCurrentDirectory()) };
            if (OpenInBrowser(link))
            {
                logger.LogInformation("Opened the console in the default browser, signed in as {Member}", member.Name);
                window.Add(words.DesktopBrowserOpened);
            }
            else
            {
                window.Add(words.DesktopOpenThisLink(link, (int)WebSignInLinks.Lifetime.TotalMinutes));
            }
            window.AddRange(PhoneLines(listening, words));
            window.Add(words.DesktopCloseToStop);
            window.Add("");
            Console.Out.Write(string.Join(Environment.NewLine, window) + Environment.NewLine);
        }
        catch (Exception e)
        {
            // The bot runs on without the convenience; the reason is in the log.
            logger.LogError(e, "Could not open the console in the browser");
        }
    }

    /// <summary>The address this PC's own browser uses: loopback for an address that takes every network.</summary>
    static string LocalBaseUrl(string listening) =>
        NetworkAddresses.ListensEverywhere(listening) ? NetworkAddresses.WithHost(listening, "127.0.0.1") : listening.TrimEnd('/');

    static IEnumerable<string> PhoneLines(IReadOnlyList<string> listening, PageTexts words)
    {
        var everywhere = listening.FirstOrDefault(NetworkAddresses.ListensEverywhere);
        if (everywhere is not null)
        {
            var office = NetworkAddresses.OfficeIPv4();
            if (office.Count == 0) return [words.DesktopNoNetwork];
            return [words.DesktopPhonesOpen, .. office.Select(ip => "    " + NetworkAddresses.WithHost(everywhere, ip.ToString()) + "/chat"), words.DesktopFirewall(OperatingSystem.IsWindows())];
        }
        var reachable = listening.Where(url => !NetworkAddresses.ListensOnlyHere(url)).ToList();
        return reachable.Count > 0
            ? [words.DesktopPhonesOpen, .. reachable.Select(url => "    " + url.TrimEnd('/') + "/chat")]
            : [words.DesktopOnlyThisPc];
    }

    /// <summary>The default browser: the shell on Windows, xdg-open (or the desktop's own opener) on Linux, open on macOS.</summary>
    bool OpenInBrowser(string link)
    {
        try
        {
            using var opened = Process.Start(new ProcessStartInfo(link) { UseShellExecute = true });
            return true;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            logger.LogWarning("No browser could be opened ({Reason}); the window shows the link instead", e.Message);
            return false;
        }
    }
}
