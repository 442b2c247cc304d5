using System.Globalization;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Console;

/// <summary>
/// The local chat: reads lines, hands each to the engine as one update, prints the replies. Buttons are printed
/// numbered and chosen by number or label; images and documents are written to files. At the end of the input
/// (Ctrl+D, or the end of a pipe) it stops the host, so a scripted session exits cleanly.
/// </summary>
sealed class ConsoleChat(
    IConversationEngine engine,
    LocalSetup setup,
    MemberDirectory members,
    ConsoleTerminal terminal,
    IOptions<StorageOptions> storage,
    IOptions<BotOptions> bot,
    IConfiguration configuration,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChat> logger) : BackgroundService
{
    public const string Channel = "console", UserId = "local";

    IReadOnlyList<Button> _buttons = [];
    bool _numbersAreAnswers, _hinted;
    int _files;

    public static string LogFile(IConfiguration configuration) =>
        Path.Combine(DataFolder(configuration["Storage:Path"] ?? new StorageOptions().Path), "bot.log");

    static string DataFolder(string databasePath) => Path.GetDirectoryName(Path.GetFullPath(databasePath))!;

    Texts Texts => Texts.For(members.Account(Channel, UserId)?.Language ?? bot.Value.Language);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting first
        try
        {
            var local = setup.Prepare(Channel, UserId);
            terminal.Out.WriteLine(Texts.ConsoleIntro(local.Member.Name, local.Villages, local.SamplesLoaded, LogFile(configuration)));
            // Unique across runs, so the engine's duplicate check never mistakes a new line for an old one.
            var updateId = clock.GetUtcNow().UtcTicks;
            var user = new ChatUser(Channel, UserId, Environment.UserName);
            while (!stoppingToken.IsCancellationRequested)
            {
                terminal.Out.Write("> ");
                // The console's reads block: read on the pool and stop waiting at shutdown (Ctrl+C).
                var line = await Task.Run(terminal.In.ReadLine, stoppingToken).WaitAsync(stoppingToken);
                if (line is null) break;
                if (terminal.EchoInput) terminal.Out.WriteLine(line);
                if (line.Trim().Length == 0) continue;
                var pressed = Choose(line);
                var update = pressed is null
                    ? new ChatUpdate(user, ++updateId, Text: line)
                    : new ChatUpdate(user, ++updateId, ButtonData: pressed.Data);
                Print(await engine.HandleAsync(update, stoppingToken));
            }
            terminal.Out.WriteLine();
            terminal.Out.WriteLine(Texts.ConsoleBye);
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

    /// <summary>The button a line chooses: its label, "#n", or (where numbers are not answers) a bare "n".</summary>
    Button? Choose(string line)
    {
        var text = line.Trim();
        if (_buttons.FirstOrDefault(b => string.Equals(b.Label, text, StringComparison.OrdinalIgnoreCase)) is { } byLabel) return byLabel;
        var number = text.StartsWith('#') ? text[1..] : _numbersAreAnswers ? null : text;
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= _buttons.Count
            ? _buttons[n - 1]
            : null;
    }

    void Print(IReadOnlyList<Reply> replies)
    {
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    terminal.Out.WriteLine(text.Text);
                    if (text.Buttons is { Count: > 0 } rows) ShowButtons(rows, text.NumbersAreAnswers);
                    break;
                case ImageReply image:
                    terminal.Out.WriteLine(image.Caption);
                    terminal.Out.WriteLine(Texts.ConsoleFileSaved("PNG", Save(image.Png, $"image-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{++_files}.png")));
                    break;
                case DocumentReply document:
                    if (document.Caption is { } caption) terminal.Out.WriteLine(caption);
                    terminal.Out.WriteLine(Texts.ConsoleFileSaved(document.FileName, Save(document.Content, document.FileName)));
                    break;
            }
        }
        terminal.Out.WriteLine();
    }

    void ShowButtons(IReadOnlyList<IReadOnlyList<Button>> rows, bool numbersAreAnswers)
    {
        _buttons = rows.SelectMany(r => r).ToList();
        _numbersAreAnswers = numbersAreAnswers;
        var n = 0;
        foreach (var row in rows)
            terminal.Out.WriteLine("  " + string.Join("   ", row.Select(b => $"[{(numbersAreAnswers ? "#" : "")}{++n}] {b.Label}")));
        if (numbersAreAnswers && !_hinted)
        {
            terminal.Out.WriteLine("  " + Texts.ConsoleNumbersHint);
            _hinted = true;
        }
    }

    string Save(byte[] content, string fileName)
    {
        var folder = Path.Combine(DataFolder(storage.Value.Path), "console-files");
        Directory.CreateDirectory(folder);
        var safe = string.Concat(Path.GetFileName(fileName).Select(ch => Path.GetInvalidFileNameChars().Contains(ch) ? '_' : ch));
        var path = Path.Combine(folder, safe);
        for (var i = 2; File.Exists(path); i++)
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(safe)}-{i}{Path.GetExtension(safe)}");
        File.WriteAllBytes(path, content);
        return path;
    }
}
