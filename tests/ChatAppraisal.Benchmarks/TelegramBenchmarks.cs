using ChatAppraisal.Storage.LiteDb;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 2: updates per second end to end, over 127.0.0.1: 8 examiners each type the 17 answers of 党建工作 at once
/// into a Bot API double; the round ends when every reply has reached the double. The hosted bot (the real Program:
/// long polling, conversation engine on a LiteDB file, polling offset stored, outbox) against an echo bot (the same
/// Telegram.Bot client on a second instance of the same double, answering each text with itself).
/// The bot runs with the tests' tuning with pacing lifted: Telegram's limits (1 message a second per chat, 30 a
/// second in all) would measure Telegram, not the bot, and the echo bot is not paced either (see docs/benchmarks.md).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 40)]
public class TelegramBenchmarks
{
    const int Examiners = 8, Items = 17, Updates = Examiners * Items;

    /// <summary>The tests' tuning (short polls, quick back-off) without pacing: every reply goes out as soon as it is ready.</summary>
    public static readonly TelegramTuning Unpaced = TelegramBotApp.FastTuning with
    {
        PerChatInterval = TimeSpan.Zero,
        PerGroupInterval = TimeSpan.Zero,
        MessagesPerSecond = double.PositiveInfinity,
    };

    BotApiDouble _botApi = null!, _echoApi = null!, _channelApi = null!;
    BenchmarkDatabase _db = null!;
    string _channelDatabase = "";
    TelegramBotApp _bot = null!, _channel = null!;
    EchoBot _echo = null!;
    AppraisalStore _botStore = null!;
    IReadOnlyList<ExaminerSeat> _seats = [];
    FakeUser[] _users = [];
    decimal[] _maxima = [];
    int _botRound, _echoRound, _channelRound;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    async Task SetupAsync()
    {
        _users = Enumerable.Range(1, Examiners).Select(i => new FakeUser(2000 + i, $"考核员{i}")).ToArray();
        _db = BenchmarkDatabase.Create(Examiners, unscored: Examiners);
        using (var desk = new ExaminerDesk(_db.Store))
        {
            var chatUsers = _users.Select(u => new ChatUser(TelegramUpdateMapper.Channel, u.Id.ToString(), u.FirstName, u.LanguageCode)).ToList();
            _seats = desk.Seat(chatUsers, _db.Villages);
        }
        _maxima = _db.Periods.Active().Rubric.Categories[ExaminerDesk.Category].Items.Select(i => i.Max).ToArray();
        _db.Close();

        // WebApplicationFactory looks for the bot's content root through a file in the working directory, which a
        // benchmark process does not run in; the bot's appsettings.json is copied beside the benchmark's assemblies.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CHATAPPRAISAL_BOT", AppContext.BaseDirectory);
        _botApi = await BotApiDouble.StartAsync();
        _echoApi = await BotApiDouble.StartAsync();
        _channelApi = await BotApiDouble.StartAsync();
        _bot = new TelegramBotApp(_botApi, _db.Path, engine: null, tuning: Unpaced).Start();
        _channelDatabase = Path.Combine(_db.Folder, "channel.db");
        _channel = new TelegramBotApp(_channelApi, _channelDatabase, new EchoEngine(), Unpaced).Start();
        _botStore = _bot.Services.GetRequiredService<AppraisalStore>();
        _echo = new EchoBot(_echoApi, Unpaced.PollTimeoutSeconds);
        await _botApi.WaitUntilAsync(() => _botApi.RequestsFor("getUpdates").Count > 0, "the bot to poll");
        await _channelApi.WaitUntilAsync(() => _channelApi.RequestsFor("getUpdates").Count > 0, "the bot to poll");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _echo.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _bot.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _channel.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _botApi.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _channelApi.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _echoApi.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _db.Dispose();
    }

    /// <summary>Every examiner back at the first item (not timed).</summary>
    [IterationSetup]
    public void Reset() => _botStore.Write(() =>
    {
        var conversations = _botStore.LiteDatabase().GetCollection("conversations");
        foreach (var seat in _seats) conversations.Upsert(seat.Conversation);
    });

    [Benchmark(Baseline = true, OperationsPerInvoke = Updates)]
    public void Echo() => Round(_echoApi, _echoRound++);

    /// <summary>The hosted bot with an engine that only echoes: what the channel costs (polling, offset, mapping, outbox).</summary>
    [Benchmark(OperationsPerInvoke = Updates)]
    public void BotWithEchoEngine() => Round(_channelApi, _channelRound++);

    [Benchmark(OperationsPerInvoke = Updates)]
    public void Bot() => Round(_botApi, _botRound++);

    /// <summary>Every examiner types every answer; returns when every reply has arrived.</summary>
    void Round(BotApiDouble api, int round)
    {
        var expected = _users.Select(u => api.MessagesIn(u.Id).Count + Items).ToArray();
        for (var item = 0; item < Items; item++)
            foreach (var user in _users)
                api.SendText(user, ExaminerDesk.Typed(ExaminerDesk.Answer(_maxima[item], round)));
        var deadline = Stopwatch.StartNew();
        for (var i = 0; i < _users.Length; i++)
        {
            while (api.MessagesIn(_users[i].Id).Count < expected[i])
            {
                if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                    throw new TimeoutException($"Chat {_users[i].Id} got {api.MessagesIn(_users[i].Id).Count} of {expected[i]} replies.");
                Thread.Sleep(1);
            }
        }
    }
}

/// <summary>An engine that answers every text with itself, so that only the channel is measured.</summary>
sealed class EchoEngine : IConversationEngine
{
    public Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Reply>>(update.Text is { } text ? [new TextReply(text)] : []);
}
