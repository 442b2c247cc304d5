using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>The Telegram settings are checked at start with sentences that name them.</summary>
public sealed class TelegramSettingsTests
{
    static readonly TelegramOptionsValidator Validator = new();

    static TelegramOptions Valid() => new() { BotToken = BotApiDouble.DefaultToken };

    static IReadOnlyList<string> Errors(TelegramOptions options) =>
        Validator.Validate(null, options) is { Failed: true } result ? result.Failures.ToList() : [];

    [Fact]
    public void WithoutATokenNothingIsChecked() =>
        Assert.True(Validator.Validate(null, new TelegramOptions { Mode = "carrier pigeon" }).Skipped);

    [Fact]
    public void ATokenWithTheDefaultsIsValid() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("123456:short")]
    [InlineData("abc:AAHtestTokenForTheBotApiDouble_0123")]
    public void ATokenNotInBotFathersFormatIsRefused(string token) =>
        Assert.Contains(Errors(new TelegramOptions { BotToken = token }), e => e.StartsWith("Telegram:BotToken"));

    [Theory]
    [InlineData("api.telegram.org")]
    [InlineData("ftp://127.0.0.1:8081")]
    public void AnApiBaseUrlThatIsNotAnHttpAddressIsRefused(string url)
    {
        var options = Valid();
        options.ApiBaseUrl = url;

        Assert.Contains(Errors(options), e => e.StartsWith("Telegram:ApiBaseUrl") && e.Contains(url));
    }

    [Fact]
    public void AnUnknownModeIsRefusedNamingTheTwoModes()
    {
        var options = Valid();
        options.Mode = "push";

        Assert.Equal("Telegram:Mode must be 'polling' or 'webhook', not 'push'.", Assert.Single(Errors(options)));
    }

    [Fact]
    public void WebhookModeNeedsTheAddressAndTheSecret()
    {
        var options = Valid();
        options.Mode = "Webhook";

        var errors = Errors(options);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Telegram:WebhookUrl is required in webhook mode", errors[0]);
        Assert.StartsWith("Telegram:WebhookSecret is required in webhook mode", errors[1]);
    }

    [Fact]
    public void AWebhookSecretWithCharactersTelegramRefusesIsRefused()
    {
        var options = Valid();
        options.Mode = "webhook";
        options.WebhookUrl = "https://appraisal.example.org/telegram/webhook";
        options.WebhookSecret = "秘密 secret";

        Assert.StartsWith("Telegram:WebhookSecret may hold only", Assert.Single(Errors(options)));
    }

    [Fact]
    public async Task StartUpStopsWithTheSentencesWhenWebhookModeLacksItsSettings()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        await using var api = await BotApiDouble.StartAsync();
        await using var bot = new TelegramBotApp(api, Path.Combine(folder, "appraisal.db"), new ScriptedEngine(),
            settings: new Dictionary<string, string?> { ["Telegram:Mode"] = "webhook" });

        var e = Assert.Throws<OptionsValidationException>(() => bot.Start());

        Assert.Contains("Telegram:WebhookUrl is required", e.Message);
        Assert.Contains("Telegram:WebhookSecret is required", e.Message);
        Assert.Empty(api.Requests);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void WithoutATokenTheChannelRegistersNothing()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddAppraisal();

        builder.AddTelegramChannel();

        Assert.DoesNotContain(builder.Services, d => d.ImplementationType == typeof(TelegramBotService));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(TelegramChannel));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(IChatChannel));
    }

    [Fact]
    public void WithATokenTheChannelPlugsIntoTheSeam()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Telegram:BotToken"] = BotApiDouble.DefaultToken;
        builder.Services.AddAppraisal();

        builder.AddTelegramChannel();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IChatChannel));
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TelegramBotService));
    }

    [Fact]
    public void TheTimingDefaultsFollowTelegramsLimits()
    {
        var tuning = new TelegramTuning();

        Assert.Equal(30, tuning.MessagesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(1), tuning.PerChatInterval);
        Assert.Equal(TimeSpan.FromSeconds(3), tuning.PerGroupInterval);
        Assert.Equal(3, tuning.PerChatBurst);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(a => tuning.Backoff(a).TotalSeconds));
    }
}
