using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>The double, an API client and a channel on it, sharing one fake clock, for tests of the sending side.</summary>
public sealed class WeComClients : IAsyncDisposable
{
    WeComClients(WeComApiDouble api, FakeTimeProvider clock, TempDatabase database, ILoggerFactory loggers)
    {
        Api = api;
        Clock = clock;
        Database = database;
        Options = new WeComOptions
        {
            CorpId = api.CorpId, AgentId = api.AgentId, Secret = api.Secret, Token = api.Token, EncodingAesKey = api.EncodingAesKey, ApiBaseUrl = api.BaseUrl,
        };
        Client = NewClient(Options, loggers);
        Buttons = new WeComButtonMemory(database.Store, clock);
        Channel = new WeComChannel(Client, Buttons, clock, loggers.CreateLogger<WeComChannel>());
    }

    public WeComApiDouble Api { get; }
    public FakeTimeProvider Clock { get; }
    public TempDatabase Database { get; }
    public WeComOptions Options { get; }
    public WeComTokenCache Tokens { get; } = new();
    public WeComApiClient Client { get; }
    public WeComButtonMemory Buttons { get; }
    public WeComChannel Channel { get; }

    public WeComApiClient NewClient(WeComOptions options, ILoggerFactory? loggers = null) =>
        new(new HttpClient(), Microsoft.Extensions.Options.Options.Create(options), Tokens, Clock, (loggers ?? NullLoggerFactory.Instance).CreateLogger<WeComApiClient>());

    public static async Task<WeComClients> StartAsync(ILoggerFactory? loggers = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2018, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
        return new WeComClients(await WeComApiDouble.StartAsync(clock), clock, new TempDatabase(), loggers ?? NullLoggerFactory.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Database.Dispose();
    }
}
