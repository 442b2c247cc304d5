using System.Net;
using System.Text;
using ChatAppraisal.Bot.Channels.Telegram;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>Webhook mode: the bot registers its address and secret, and takes updates only with the secret.</summary>
public sealed class TelegramWebhookTests : TelegramBotTest
{
    const string Secret = "s3cret-Value_1";
    const string Url = "https://appraisal.example.org/telegram/webhook";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "webhook",
        ["Telegram:WebhookUrl"] = Url,
        ["Telegram:WebhookSecret"] = Secret,
    };

    [Fact]
    public async Task StartRegistersTheWebhookWithItsSecretAndNeverPolls()
    {
        await Api.WaitUntilAsync(() => Api.Commands("en").Count > 0, "the command menu");

        Assert.Equal(Url, Api.WebhookUrl);
        Assert.Equal(Secret, Api.WebhookSecret);
        Assert.Equal(["message", "callback_query"], Api.AllowedUpdates);
        Assert.Empty(Api.RequestsFor("getUpdates"));
        Assert.Empty(Api.RequestsFor("deleteWebhook"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s3cret-Value_2")]
    [InlineData("s3cret-Value_1 ")]
    public async Task AnUpdateWithoutTheRightSecretIsRefused(string? secret)
    {
        var id = Api.SendText(Wang, "你好");

        var response = await PostAsync(Api.UpdateJson(id), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Engine.Seen);
    }

    [Fact]
    public async Task AnUpdateWithTheSecretIsHandledAndAnsweredThroughTheApi()
    {
        var id = Api.SendText(Wang, "你好");

        var response = await PostAsync(Api.UpdateJson(id), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("收到：你好", (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single().Text);
    }

    [Fact]
    public async Task ABodyThatIsNotAnUpdateIsABadRequest()
    {
        var response = await PostAsync("{\"update_id\":", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Engine.Seen);
    }

    async Task<HttpResponseMessage> PostAsync(string json, string? secret)
    {
        using var client = Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramOptions.WebhookPath)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null) request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", secret);
        return await client.SendAsync(request);
    }
}
