using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, offline (Playwright's own browser download cannot reach the internet here).
/// Without /usr/bin/chromium a browser test fails with the sentence that says how to install it: it never skips.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string Missing =
        "No Chromium at /usr/bin/chromium: install it with `apt-get update && apt-get install -y chromium fonts-wqy-microhei` (as root) and run the browser tests again.";

    static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        Assert.True(File.Exists(ExecutablePath), Missing);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A phone-sized page (360 × 740, as a small Android phone), Chinese locale.</summary>
    public static Task<IPage> Phone(IBrowser browser) =>
        browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
        });

    /// <summary>
    /// Waits until <paramref name="page"/> is at an address containing <paramref name="path"/>. It polls the address
    /// instead of waiting for the page's load event as WaitForURLAsync does: a sign-in's redirect on a loaded machine once
    /// left that wait without its load event for 30 s though the page was there. What follows waits for its own elements.
    /// </summary>
    public static Task Reached(IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(
            System.Text.RegularExpressions.Regex.Escape(path), System.Text.RegularExpressions.RegexOptions.IgnoreCase));
}
