using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Console;

/// <summary>
/// Prints replies to the terminal: texts, buttons numbered (a typed number or label presses one: the engine's TypedButtons), images and
/// documents written to files. Answers and the messages the bot starts itself (through <see cref="ConsoleChannel"/>) share it.
/// </summary>
sealed class ConsolePrinter(ConsoleTerminal terminal, MemberDirectory members, IOptions<StorageOptions> storage, IOptions<BotOptions> bot, TimeProvider clock)
{
    readonly Lock _gate = new();
    bool _hinted;
    int _files;

    public Texts Texts => Texts.For(members.Account(ConsoleChat.Channel, ConsoleChat.UserId)?.Language ?? bot.Value.Language);

    public void Print(IReadOnlyList<Reply> replies)
    {
        lock (_gate)
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
    }

    public void WriteLine(string text = "")
    {
        lock (_gate) terminal.Out.WriteLine(text);
    }

    public void Write(string text)
    {
        lock (_gate) terminal.Out.Write(text);
    }

    void ShowButtons(IReadOnlyList<IReadOnlyList<Button>> rows, bool numbersAreAnswers)
    {
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
        var folder = Path.Combine(ConsoleChat.DataFolder(storage.Value.Path), "console-files");
        Directory.CreateDirectory(folder);
        var safe = string.Concat(Path.GetFileName(fileName).Select(ch => Path.GetInvalidFileNameChars().Contains(ch) ? '_' : ch));
        var path = Path.Combine(folder, safe);
        for (var i = 2; File.Exists(path); i++)
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(safe)}-{i}{Path.GetExtension(safe)}");
        File.WriteAllBytes(path, content);
        return path;
    }
}

/// <summary>The console as a channel: messages the bot starts itself (a reminder) are printed like any answer.</summary>
sealed class ConsoleChannel(ConsolePrinter printer) : IChatChannel
{
    public string Name => ConsoleChat.Channel;
    public string Describe() => "this terminal";
    public ChannelLimits Limits { get; } = new() { MaxTextLength = 100_000, MaxCaptionLength = 100_000, MaxButtonDataBytes = 1024 };

    public Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        printer.Print([reply]);
        return Task.CompletedTask;
    }

    public SendFailure Classify(Exception error) => SendFailure.GiveUp;
    public string? InviteLink(string code) => null;
}
