using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using System.Text.RegularExpressions;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>Sent replies are crossed off the written-down copy by one loop, many in one transaction: each exactly once, none left.</summary>
public sealed partial class TelegramCrossOffTests : TelegramBotTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"Logging:LogLevel:{typeof(Outbox).FullName}"] = "Debug",
    };

    protected override TelegramTuning Tuning => TelegramBotApp.FastTuning with
    {
        PerChatInterval = TimeSpan.Zero,
        MessagesPerSecond = double.PositiveInfinity,
    };

    [GeneratedRegex(@"^Outbox: crossed off sent message\(s\) (?<ids>[\d, ]+)$")]
    private static partial Regex CrossedOff();

    [Fact]
    public async Task EveryReplyOfABurstIsCrossedOffOnceAndNothingIsLeftToResend()
    {
        Engine.Respond = u => Enumerable.Range(1, 3).Select(i => (Reply)new TextReply($"{u.Text} {i}")).ToList();
        var people = Enumerable.Range(1, 12).Select(i => new FakeUser(3100 + i, $"委员{i}")).ToList();

        foreach (var person in people) Api.SendText(person, "/burst");
        foreach (var person in people) await Api.WaitForMessagesAsync(person.Id, 3);
        var store = Bot.Services.GetRequiredService<AppraisalStore>();
        await Api.WaitUntilAsync(() => store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).Count() == 0, "every sent reply to be crossed off");

        var crossedOff = Bot.Logs.Entries
            .Where(e => e.Level == LogLevel.Debug)
            .Select(e => CrossedOff().Match(e.Message)).Where(m => m.Success)
            .SelectMany(m => m.Groups["ids"].Value.Split(", ").Select(long.Parse))
            .ToList();
        Assert.Equal(36, crossedOff.Count);
        Assert.Equal(36, crossedOff.Distinct().Count());
        Assert.DoesNotContain(Bot.Logs.AtLeast(LogLevel.Warning), e => e.Category.Contains("Telegram"));
    }
}
