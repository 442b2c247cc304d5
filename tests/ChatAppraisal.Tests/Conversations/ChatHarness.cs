using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>
/// The conversation engine as the bot wires it (<c>AddConversations()</c>), over a real temporary database.
/// Remembers each user's last buttons so a test can press one by its label.
/// </summary>
public sealed class ChatHarness : IDisposable
{
    readonly Dictionary<string, IReadOnlyList<Button>> _buttons = [];
    readonly Action<IServiceCollection>? _configure;
    readonly string _language;
    ServiceProvider _services = null!;
    long _updateId = 1000;

    public ChatHarness(string language = "zh", Action<IServiceCollection>? configure = null, bool samples = true)
    {
        _language = language;
        _configure = configure;
        Db = new TempDatabase();
        if (samples)
            foreach (var name in new[] { "新庄村", "东湾村", "西坪村" }) Db.AddVillage(name);
        try
        {
            Build();
        }
        catch
        {
            Db.Dispose();
            throw;
        }
    }

    public TempDatabase Db { get; }
    public IConversationEngine Engine { get; private set; } = null!;
    public IServiceProvider Services => _services;
    public CapturingLoggerProvider Logs { get; } = new();
    public PeriodView Period => Db.Periods.Active();

    void Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:Language"] = _language, ["Storage:Path"] = Db.FilePath }).Build());
        services.AddLogging(b => b.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Db.Clock);
        // As the bot registers them (AddAppraisal: the domain services the dialogs read through, VillageRoster among them),
        // over the test's open file instead of a second opener of Storage:Path.
        services.AddAppraisal();
        services.Replace(ServiceDescriptor.Singleton(Db.Store));
        services.AddConversations();
        services.AddSchedule();
        services.AddBallots();
        services.AddPublication();
        // The seam without channels: messages the bot starts itself have nowhere to go, as in a process with none.
        services.AddChannelSeam();
        _configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    /// <summary>Closes the database and builds everything again over the same file, as a restart does.</summary>
    public void Restart()
    {
        _services.Dispose();
        Db.Reopen();
        Build();
    }

    public ChatUser Member(string name, params Role[] roles)
    {
        var member = Db.Members.Add(name, roles);
        var user = new ChatUser("test", $"u{member.Id}", name);
        Db.Members.Redeem(Db.Members.CreateInvite(member.Id).Code, user.Channel, user.UserId);
        return user;
    }

    public ChatUser Examiner(string name = "郑亚娜") => Member(name, Role.Examiner);

    public Task<IReadOnlyList<Reply>> Send(ChatUser user, string text) => Deliver(new ChatUpdate(user, Interlocked.Increment(ref _updateId), Text: text));

    /// <summary>Presses the button of the user's last prompt whose label starts with <paramref name="label"/>.</summary>
    public Task<IReadOnlyList<Reply>> Press(ChatUser user, string label, string? messageId = null)
    {
        var button = Buttons(user).FirstOrDefault(b => b.Label.StartsWith(label, StringComparison.Ordinal))
                     ?? throw new InvalidOperationException($"No button '{label}' among: {string.Join(" | ", Buttons(user).Select(b => b.Label))}");
        return Deliver(new ChatUpdate(user, Interlocked.Increment(ref _updateId), ButtonData: button.Data, ButtonMessageId: messageId));
    }

    public IReadOnlyList<Button> Buttons(ChatUser user) => _buttons.GetValueOrDefault(user.UserId, []);

    public async Task<IReadOnlyList<Reply>> Deliver(ChatUpdate update)
    {
        var replies = await Engine.HandleAsync(update);
        if (replies.OfType<TextReply>().LastOrDefault(r => r.Buttons is { Count: > 0 }) is { } prompt)
            _buttons[update.From.UserId] = prompt.Buttons!.SelectMany(r => r).ToList();
        return replies;
    }

    /// <summary>Opens /score on 新庄村 and the given category (1-based, as shown).</summary>
    public async Task<ChatUser> AtCategory(int category = 1, ChatUser? user = null)
    {
        user ??= Examiner();
        await Send(user, "/score");
        await Send(user, "新庄村");
        await Send(user, category.ToString());
        return user;
    }

    public VillageDoc Village(string name) => Db.Store.Setup.Villages.FindOne(v => v.Name == name)!;

    public List<ItemScoreDoc> Scores(string village = "新庄村")
    {
        var id = Village(village).Id;
        return Db.Store.Scores.Items.Find(s => s.VillageId == id).OrderBy(s => s.Category).ThenBy(s => s.Item).ToList();
    }

    public decimal? Score(int category, int item, string village = "新庄村") =>
        Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(Period.Id, Village(village).Id, category, item))?.Value;

    public List<AuditEntry> Audit() => Db.Store.Audit.Entries.FindAll().OrderBy(a => a.Id).ToList();

    public void Dispose()
    {
        _services.Dispose();
        Db.Dispose();
    }
}

public static class ReplyText
{
    /// <summary>All text of the replies, one after another.</summary>
    public static string Text(this IEnumerable<Reply> replies) => string.Join("\n", replies.OfType<TextReply>().Select(r => r.Text));
}

public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

    public ILogger CreateLogger(string categoryName) => new Logger(this);
    public void Dispose() { }

    sealed class Logger(CapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (provider.Entries) provider.Entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}
