using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>
/// The whole bot (Program) as a WeCom app against a <see cref="WeComApiDouble"/>, on real Kestrel (127.0.0.1, a free
/// port): the WeCom:* settings point at the double, Telegram is not configured, the database is the given file.
/// <see cref="Start"/> starts the host and points the double's callbacks at its /wecom/callback. Dispose it to stop the
/// bot (queued replies drain first); a new instance on the same file is a restart.
/// </summary>
public sealed class WeComBotApp(
    WeComApiDouble api,
    string databasePath,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : BotApp(databasePath)
{
    /// <summary>http://127.0.0.1:{port}: where the bot listens (Admin:Urls).</summary>
    public string Address { get; private set; } = "";

    public WeComBotApp Start()
    {
        UseKestrel();
        StartServer();
        Address = ListeningAddress();
        api.CallbackUrl = Address + WeComOptions.CallbackPath;
        return this;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        api.BotSettings().Append(new("Admin:Urls", "http://127.0.0.1:0")).Concat(settings ?? new Dictionary<string, string?>());

    protected override void ConfigureServices(IServiceCollection registered) => services?.Invoke(registered);
}
