using ChatAppraisal.Conversations;
using global::Telegram.Bot.Types;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows beside the input field, published with setMyCommands at start, from the registry.</summary>
public static class TelegramCommands
{
    /// <summary>Telegram allows 1–256 characters of description.</summary>
    public const int MaxDescription = 256;

    /// <summary>The Chinese list is the default; English-language clients get the English one.</summary>
    public static IReadOnlyList<BotCommand> For(CommandMenu menu, string language) =>
        menu.For(language).Select(e => new BotCommand(e.Command, Shorten(e.Description))).ToList();

    static string Shorten(string description)
    {
        var line = description.Split('\n')[0].Trim();
        return line.Length <= MaxDescription ? line : line[..(MaxDescription - 1)] + "…";
    }
}
