using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels.Console;

/// <summary>
/// The local chat: reads lines, hands each in as one update (the inbox, as every channel does), prints the replies. Buttons are printed
/// numbered and chosen by number or label; images and documents are written to files. At the end of the input
/// (Ctrl+D, or the end of a pipe) it stops the host, so a scripted session exits cleanly.
/// </summary>
sealed class ConsoleChat(
    ChatInbox inbox,
    LocalSetup setup,
    ConsolePrinter printer,
    ConsoleTerminal terminal,
    IConfiguration configuration,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChat> logger) : BackgroundService
{
    public const string Channel = "console", UserId = "local";

    public static string LogFile(IConfiguration configuration) =>
        Path.Combine(DataFolder(configuration["Storage:Path"] ?? new StorageOptions().Path), "bot.log");

    public static string DataFolder(string databasePath) => Path.GetDirectoryName(Path.GetFullPath(databasePath))!;

    async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The host first finishes starting (Kestrel bound, the outbox running): a piped session that ends at once
            // would otherwise stop the host in the middle of its start.
            await WhenStartedAsync(stoppingToken);
            var local = setup.Prepare(Channel, UserId);
            printer.WriteLine(printer.Texts.ConsoleIntro(local.Member.Name, local.Villages, local.SamplesLoaded, LogFile(configuration)));
            // Unique across runs, so the engine's duplicate check never mistakes a new line for an old one.
            var updateId = clock.GetUtcNow().UtcTicks;
            var user = new ChatUser(Channel, UserId, Environment.UserName);
            while (!stoppingToken.IsCancellationRequested)
            {
                printer.Write("> ");
                // The console's reads block: read on the pool and stop waiting at shutdown (Ctrl+C).
                var line = await Task.Run(terminal.In.ReadLine, stoppingToken).WaitAsync(stoppingToken);
                if (line is null) break;
                if (terminal.EchoInput) printer.WriteLine(line);
                if (line.Trim().Length == 0) continue;
                // Buttons are printed numbered: a typed number or label presses one of the prompt the engine stored.
                printer.Print(await inbox.AnswerHereAsync(new ChatUpdate(user, ++updateId, Text: line, ButtonsNumbered: true), stoppingToken));
            }
            printer.WriteLine();
            printer.WriteLine(printer.Texts.ConsoleBye);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The console chat stopped");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
