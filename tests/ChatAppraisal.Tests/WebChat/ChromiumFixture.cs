using ChatAppraisal.Tests.Browser;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>One headless Chromium for every test of a class; each test opens its own contexts (cookies of their own).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    IPlaywright? _playwright;
    IBrowser? _browser;

    public static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "chatappraisal-webchat");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(HeadlessChromium.Missing);

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(HeadlessChromium.ExecutablePath), HeadlessChromium.Missing);
        (_playwright, _browser) = await HeadlessChromium.Launch();
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A small Android phone (360 × 740), Chinese locale.</summary>
    public Task<IBrowserContext> Phone() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "zh-CN",
        AcceptDownloads = true,
    });

    /// <summary>An office PC's browser window.</summary>
    public Task<IBrowserContext> Desktop() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        Locale = "zh-CN",
        AcceptDownloads = true,
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>A page of the browser chat as a person uses it: by labels, buttons and the transcript's role.</summary>
sealed class ChatPage(IPage page, string baseUrl)
{
    public IPage Page => page;
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];

    public static async Task<ChatPage> Open(IBrowserContext context, string baseUrl)
    {
        var page = await context.NewPageAsync();
        var chat = new ChatPage(page, baseUrl);
        page.Console += (_, message) => { if (message.Type == "error") chat.Errors.Add($"{message.Text} {message.Location}"); };
        page.PageError += (_, error) => chat.Errors.Add(error);
        page.Dialog += async (_, dialog) => { chat.Dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        return chat;
    }

    public ILocator Log => page.GetByRole(AriaRole.Log);

    /// <summary>The bot's messages and the member's, in the order shown.</summary>
    public ILocator Messages => Log.Locator(".msg");

    public async Task SignIn(string code)
    {
        await page.GotoAsync(baseUrl + "/chat");
        await page.GetByLabel("邀请码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(Log).ToBeVisibleAsync();
        await Live();
    }

    /// <summary>Waits until the live transcript is connected (chat.js marks the page), so nothing sent after is missed by a test.</summary>
    public async Task Live() => await page.WaitForFunctionAsync("() => document.body.dataset.live === 'on'");

    public async Task Send(string text)
    {
        await page.GetByLabel("消息").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "发送", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("消息")).ToHaveValueAsync("");
    }

    /// <summary>Presses the bot's newest button with this label.</summary>
    public Task Press(string label) => page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).Last.ClickAsync();

    public Task Shows(string text) => Assertions.Expect(Log).ToContainTextAsync(text);

    public Task Screenshot(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.Screenshots, name + ".png") });
}
