using System.Collections.Concurrent;
using System.Net;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Conversations;
using ChatAppraisal.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>The real conversation engine as channels call it, recording every update and what it answered.</summary>
public sealed class RecordingEngine(ConversationEngine inner) : IConversationEngine
{
    public ConcurrentQueue<(ChatUpdate Update, IReadOnlyList<Reply> Replies)> Handled { get; } = new();

    public async Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default)
    {
        var replies = await inner.HandleAsync(update, cancellationToken);
        Handled.Enqueue((update, replies));
        return replies;
    }
}

/// <summary>
/// The WeCom channel's own parts on real Kestrel (127.0.0.1): AddWeComChannel and MapWeComCallback over the real engine
/// and a temporary database, with the double's settings; the double's callbacks go to this host's /wecom/callback.
/// </summary>
public sealed class WeComBotHost : IAsyncDisposable
{
    WeComBotHost(WebApplication app, TempDatabase database, RecordingEngine engine)
    {
        App = app;
        Database = database;
        Engine = engine;
    }

    public WebApplication App { get; }
    public TempDatabase Database { get; }
    public RecordingEngine Engine { get; }
    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<WeComBotHost> StartAsync(WeComApiDouble api)
    {
        var database = new TempDatabase();
        // The bot refuses callbacks stamped more than 5 minutes from its clock: it keeps WeCom's time, as a real server does.
        database.Clock.SetUtcNow(api.Clock.GetUtcNow());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(api.BotSettings());
        builder.Services.AddAppraisal();
        builder.Services.Replace(ServiceDescriptor.Singleton(database.Store));
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(database.Clock));
        builder.Services.AddSingleton<ConversationEngine>();
        builder.Services.AddSingleton(sp => new RecordingEngine(sp.GetRequiredService<ConversationEngine>()));
        builder.Services.AddSingleton<IConversationEngine>(sp => sp.GetRequiredService<RecordingEngine>());
        builder.Services.AddConversations();
        builder.Services.AddBallots();
        builder.Services.AddChannelSeam();
        builder.AddWeComChannel();
        var app = builder.Build();
        app.MapWeComCallback();
        await app.StartAsync();
        api.CallbackUrl = app.Urls.Single() + WeComOptions.CallbackPath;
        return new WeComBotHost(app, database, app.Services.GetRequiredService<RecordingEngine>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Database.Dispose();
    }
}
