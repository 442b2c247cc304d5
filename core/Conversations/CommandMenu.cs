namespace ChatAppraisal.Conversations;

/// <summary>
/// Every command the chat answers, with its description, read from the registered dialogs and commands: what a channel
/// publishes as its menu (Telegram's setMyCommands), never a list kept by hand. /start and /help first, /cancel and /back last.
/// </summary>
public sealed class CommandMenu(IEnumerable<IDialog> dialogs, IEnumerable<IChatCommand> commands)
{
    public sealed record Entry(string Command, string Description);

    public IReadOnlyList<Entry> For(string language)
    {
        var texts = Texts.For(language);
        var entries = new List<Entry>();
        string[] first = ["start", "help"], last = ["cancel", "back"];
        entries.AddRange(first.SelectMany(name => commands.Where(c => c.Name == name)).Select(c => new Entry(c.Name, c.Describe(texts))));
        entries.AddRange(dialogs.Select(d => new Entry(d.Name, d.Describe(texts))));
        entries.AddRange(commands.Where(c => !first.Contains(c.Name) && !last.Contains(c.Name)).Select(c => new Entry(c.Name, c.Describe(texts))));
        entries.AddRange(last.SelectMany(name => commands.Where(c => c.Name == name)).Select(c => new Entry(c.Name, c.Describe(texts))));
        return entries;
    }
}
