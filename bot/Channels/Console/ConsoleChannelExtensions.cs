using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.Logging.Console;

namespace ChatAppraisal.Bot.Channels.Console;

public static class ConsoleChannelExtensions
{
    /// <summary>
    /// Whether the console chat runs: <c>Console:Enabled</c>, or by default when no other messaging channel is configured
    /// (neither Telegram nor WeCom; the browser chat always runs beside it).
    /// </summary>
    public static bool IsConsoleEnabled(this IConfiguration configuration)
    {
        var setting = configuration["Console:Enabled"];
        if (!string.IsNullOrWhiteSpace(setting))
            return bool.TryParse(setting, out var enabled)
                ? enabled
                : throw new InvalidOperationException($"Console:Enabled must be true or false, not '{setting}'.");
        return !configuration.IsTelegramConfigured() && !configuration.IsWeComConfigured();
    }

    /// <summary>
    /// The local chat in the terminal, when <see cref="IsConsoleEnabled"/>. The chat owns the console: the log goes to a
    /// file beside the database, and only errors reach the terminal (on stderr). The end of its input ends the process.
    /// </summary>
    public static WebApplicationBuilder AddConsoleChannel(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.IsConsoleEnabled()) return builder;

        var logFile = ConsoleChat.LogFile(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FileLoggerProvider(logFile));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Error);

        builder.Services.AddSingleton(new LocalAdminChannel(ConsoleChat.Channel));
        builder.Services.AddSingleton(ConsoleTerminal.System());
        builder.Services.AddSingleton<ConsolePrinter>();
        builder.Services.AddChatChannel<ConsoleChannel>();
        builder.Services.AddSingleton<LocalSetup>();
        builder.Services.AddHostedService<ConsoleChat>();
        return builder;
    }
}
