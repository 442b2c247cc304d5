using ChatAppraisal.Bot.Web;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.Hosting.WindowsServices;

namespace ChatAppraisal.Bot.Hosting.Desktop;

public static class DesktopExtensions
{
    public const string OpenBrowserSetting = "Desktop:OpenBrowser";

    /// <summary>
    /// Whether this start is the office PC's double-click start: <c>Desktop:OpenBrowser</c> (the Windows release's
    /// appsettings.json sets it), and not running as a Windows service, which has no desktop to open a browser on.
    /// </summary>
    public static bool IsDesktopStart(this IConfiguration configuration)
    {
        var setting = configuration[OpenBrowserSetting];
        if (string.IsNullOrWhiteSpace(setting)) return false;
        if (!bool.TryParse(setting, out var open))
            throw new InvalidOperationException($"{OpenBrowserSetting} must be true or false, not '{setting}'.");
        return open && !WindowsServiceHelpers.IsWindowsService();
    }

    /// <summary>
    /// The Windows service's lifetime (<c>sc.exe create</c>; a no-op when not started as one), and on a desktop start:
    /// the PC's own admin (no bootstrap code to copy), the console opened signed in, the phones' addresses in the window,
    /// and slips' QR codes that point at this PC's address on the office network when it listens on all of them.
    /// </summary>
    public static WebApplicationBuilder AddDesktop(this WebApplicationBuilder builder)
    {
        builder.Host.UseWindowsService(o => o.ServiceName = "ChatAppraisal");
        if (!builder.Configuration.IsDesktopStart()) return builder;

        builder.Services.AddSingleton(new LocalAdminChannel(DesktopStart.Channel));
        builder.Services.AddOptions<WebOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["Web:PublicBaseUrl"]) && NetworkAddresses.OfficeBaseUrl(configuration["Admin:Urls"]) is { } office)
                o.PublicBaseUrl = office;
        });
        builder.Services.AddSingleton<DesktopAdmin>();
        builder.Services.AddHostedService<DesktopStart>();
        return builder;
    }
}
