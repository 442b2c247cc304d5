using ChatAppraisal.Tests.Browser;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>
/// A phone's Chromium signed in to the console of a <see cref="ConsoleApp"/>, as the browser chat signs in (an invite
/// code at /chat, then back to /console). Other people sign in beside it in browser contexts of their own. Disposing it
/// closes the browser.
/// </summary>
sealed class ConsoleBrowser : IAsyncDisposable
{
    readonly IPlaywright _playwright;

    ConsoleBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        Browser = browser;
        Page = page;
    }

    public IBrowser Browser { get; }

    /// <summary>The signed-in member's phone-sized page.</summary>
    public IPage Page { get; }

    public static async Task<ConsoleBrowser> SignIn(ConsoleApp app, string code)
    {
        var (playwright, browser) = await HeadlessChromium.Launch();
        try
        {
            var page = await HeadlessChromium.Phone(browser);
            await SignIn(page, app, code);
            return new ConsoleBrowser(playwright, browser, page);
        }
        catch
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Another member on another phone (cookies of their own).</summary>
    public async Task<IPage> SignInAnother(ConsoleApp app, string code)
    {
        var page = await HeadlessChromium.Phone(Browser);
        await SignIn(page, app, code);
        return page;
    }

    public static async Task SignIn(IPage page, ConsoleApp app, string code)
    {
        await page.GotoAsync(app.BaseUrl + "/console");
        Assert.Contains("/chat", page.Url); // not signed in: to the sign-in, back to the console after
        await page.GetByLabel("邀请码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await HeadlessChromium.Reached(page, "/console");
    }

    /// <summary>Where a screenshot of <paramref name="name"/> goes, to look at as an official would.</summary>
    public static string Shot(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-console-shots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
