using ChatAppraisal.Conversations;
using Microsoft.Extensions.Logging.Console;

namespace ChatAppraisal.Bot.Channels.Console;

public static class ConsoleChannelExtensions
{
    /// <summary>
    /// The local chat in the terminal, active only when <c>Telegram:BotToken</c> is empty. The chat owns the console:
    /// the log goes to a file beside the database, and only errors reach the terminal (on stderr).
    /// </summary>
    public static WebApplicationBuilder AddConsoleChannel(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"])) return builder;

        var logFile = ConsoleChat.LogFile(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FileLoggerProvider(logFile));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Error);

        builder.Services.AddSingleton(new LocalAdminChannel(ConsoleChat.Channel));
        builder.Services.AddSingleton(ConsoleTerminal.System());
        builder.Services.AddSingleton<LocalSetup>();
        builder.Services.AddHostedService<ConsoleChat>();
        return builder;
    }
}
