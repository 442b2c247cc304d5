namespace ChatAppraisal.Conversations;

/// <summary>
/// Every command the engine answers, with its description, read from the registered dialogs and commands (and the three
/// the engine itself answers): what a channel publishes as its menu (Telegram's setMyCommands), never a list kept by hand.
/// </summary>
public sealed class CommandMenu(IEnumerable<IDialog> dialogs, IEnumerable<IChatCommand> commands)
{
    public sealed record Entry(string Command, string Description);

    public IReadOnlyList<Entry> For(string language)
    {
        var texts = Texts.For(language);
        var entries = new List<Entry>();
        entries.AddRange(commands.Where(c => c.Name == "start").Select(c => new Entry(c.Name, c.Describe(texts))));
        entries.Add(new Entry("help", texts.DescribeHelp));
        entries.AddRange(dialogs.Select(d => new Entry(d.Name, d.Describe(texts))));
        entries.AddRange(commands.Where(c => c.Name != "start").Select(c => new Entry(c.Name, c.Describe(texts))));
        entries.Add(new Entry("cancel", texts.DescribeCancel));
        entries.Add(new Entry("back", texts.DescribeBack));
        return entries;
    }
}
