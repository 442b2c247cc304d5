namespace ChatAppraisal.Conversations;

/// <summary>
/// Every dialog and command the chat answers, by name and by word, read from what each declares. A name or a word given
/// twice stops start-up: nothing would tell which of the two a member meant.
/// </summary>
public sealed class CommandTable
{
    readonly Dictionary<string, IDialog> _dialogs = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, IChatCommand> _commands = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);

    public CommandTable(IEnumerable<IDialog> dialogs, IEnumerable<IChatCommand> commands, IEnumerable<IPlainTextHandler> plainText)
    {
        foreach (var dialog in dialogs)
            if (!_dialogs.TryAdd(dialog.Name, dialog)) throw Twice(dialog.Name);
        foreach (var command in commands)
            if (_dialogs.ContainsKey(command.Name) || !_commands.TryAdd(command.Name, command)) throw Twice(command.Name);
        foreach (var (word, name) in _dialogs.Values.SelectMany(d => d.Words.Select(w => (w, d.Name)))
                     .Concat(_commands.Values.SelectMany(c => c.Words.Select(w => (w, c.Name)))))
            if (!_words.TryAdd(word, name))
                throw new InvalidOperationException($"The word {word} is given to both /{_words[word]} and /{name}.");
        PlainText = plainText.ToList();
    }

    static InvalidOperationException Twice(string name) => new($"The chat command /{name} is registered twice.");

    public IReadOnlyCollection<IDialog> Dialogs => _dialogs.Values;
    public IReadOnlyCollection<IChatCommand> Commands => _commands.Values;

    /// <summary>Readers of plain messages sent outside any dialog, in registration order.</summary>
    public IReadOnlyList<IPlainTextHandler> PlainText { get; }

    public IDialog? Dialog(string? name) => name is not null && _dialogs.TryGetValue(name, out var dialog) ? dialog : null;

    public IChatCommand? Command(string name) => _commands.TryGetValue(name, out var command) ? command : null;

    /// <summary>The first word declared for a command or dialog, or its name when it has none.</summary>
    public string WordOf(string name) => _words.FirstOrDefault(w => w.Value == name).Key ?? name;

    /// <summary>"/ranking 文字" for "排名 文字": a text whose first word is a command's word, as that command; null otherwise.</summary>
    public string? AsCommand(string text)
    {
        var space = text.IndexOfAny(TypedText.Separators);
        var first = space < 0 ? text : text[..space];
        return _words.TryGetValue(first, out var name) ? "/" + name + (space < 0 ? "" : " " + text[(space + 1)..].Trim()) : null;
    }
}
