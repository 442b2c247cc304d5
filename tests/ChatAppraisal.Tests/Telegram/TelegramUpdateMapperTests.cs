using System.Text.Json;
using ChatAppraisal.Bot.Channels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>Updates as Telegram sends them (JSON) → what the engine sees.</summary>
public sealed class TelegramUpdateMapperTests
{
    const long BotId = 7000000001;
    const string BotName = "appraisal_test_bot";

    /// <summary>Maps an update given as JSON; FROM stands for the sender <see cref="From"/>.</summary>
    static TelegramIncoming? Map(string json) =>
        TelegramUpdateMapper.Map(JsonSerializer.Deserialize<Update>(json.Replace("FROM", From), JsonBotAPI.Options)!, BotId, BotName);

    const string From = """{"id":1001,"is_bot":false,"first_name":"芳","last_name":"王","username":"wangfang","language_code":"en-GB"}""";

    [Theory]
    [InlineData("/ranking", "/ranking")]
    [InlineData("/ranking@appraisal_test_bot", "/ranking")]
    [InlineData("/ranking@Appraisal_Test_Bot", "/ranking")]
    [InlineData("/start@appraisal_test_bot Ab3_x-9", "/start Ab3_x-9")]
    [InlineData("/score@appraisal_test_bot\n新庄村", "/score\n新庄村")]
    [InlineData("@appraisal_test_bot 你好", "@appraisal_test_bot 你好")]
    public void ACommandForOurBotLosesTheBotName(string typed, string seen)
    {
        Assert.True(TelegramUpdateMapper.TryAddressToUs(typed, BotName, out var command));
        Assert.Equal(seen, command);
    }

    [Theory]
    [InlineData("/ranking@other_bot")]
    [InlineData("/ranking@appraisal_test_bot_two")]
    public void ACommandForAnotherBotIsNotOurs(string typed) =>
        Assert.False(TelegramUpdateMapper.TryAddressToUs(typed, BotName, out _));

    [Fact]
    public void APrivateMessageCarriesTheSenderTheirLanguageAndTheUpdateId()
    {
        var incoming = Map("""{"update_id":77,"message":{"message_id":5,"date":1516000000,"from":FROM,"chat":{"id":1001,"type":"private","first_name":"芳"},"text":"95"}}""");

        Assert.Equal(1001, incoming!.ChatId);
        Assert.Null(incoming.CallbackQueryId);
        var update = incoming.Update!;
        Assert.Equal(77, update.UpdateId);
        Assert.Equal("95", update.Text);
        Assert.Equal(new ChatUser("telegram", "1001", "芳 王", "en-GB"), update.From);
    }

    [Fact]
    public void AButtonPressCarriesItsDataTheMessageAndTheQueryToAnswer()
    {
        var incoming = Map("""
            {"update_id":78,"callback_query":{"id":"4382","from":FROM,"chat_instance":"-5","data":"pick:A",
             "message":{"message_id":9,"date":1516000000,"chat":{"id":-100200,"type":"supergroup","title":"考核组"},"text":"请选择"}}}
            """);

        Assert.Equal(-100200, incoming!.ChatId);
        Assert.Equal("4382", incoming.CallbackQueryId);
        Assert.Equal("pick:A", incoming.Update!.ButtonData);
        Assert.Equal("9", incoming.Update.ButtonMessageId);
    }

    [Fact]
    public void AButtonOnAMessageTheBotCannotSeeAnswersInThePrivateChat()
    {
        var incoming = Map("""{"update_id":79,"callback_query":{"id":"4383","from":FROM,"chat_instance":"-5","inline_message_id":"AAA","data":"pick:B"}}""");

        Assert.Equal(1001, incoming!.ChatId);
        Assert.Null(incoming.Update!.ButtonMessageId);
    }

    [Fact]
    public void AMessageFromAnotherBotIsIgnored() =>
        Assert.Null(Map("""{"update_id":80,"message":{"message_id":5,"date":1516000000,"from":{"id":9,"is_bot":true,"first_name":"Bot"},"chat":{"id":9,"type":"private","first_name":"Bot"},"text":"/ranking"}}"""));

    [Fact]
    public void AVoiceNoteInAPrivateChatIsUnsupported()
    {
        var incoming = Map("""{"update_id":81,"message":{"message_id":6,"date":1516000000,"from":FROM,"chat":{"id":1001,"type":"private","first_name":"芳"},"voice":{"file_id":"v","file_unique_id":"u","duration":3}}}""");

        Assert.True(incoming!.Update!.Unsupported);
        Assert.Null(incoming.Update.Text);
    }

    [Fact]
    public void AnEditedMessageIsNotForTheEngine() =>
        Assert.Null(Map("""{"update_id":82,"edited_message":{"message_id":6,"date":1516000000,"edit_date":1516000100,"from":FROM,"chat":{"id":1001,"type":"private","first_name":"芳"},"text":"96"}}"""));
}
