using System.Collections.Concurrent;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations.Commands;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Handles every update of every channel. One user's updates run one at a time (a lock per user, in arrival order);
/// different users run in parallel up to the database. Each update is one transaction holding the answer, its audit
/// entries, the conversation state, the update's id and what channels journal of the replies (<see cref="IReplyJournal"/>),
/// so nothing is half-saved, a redelivered update is ignored, and no reply to a stored answer is lost to a crash.
/// </summary>
public sealed class ConversationEngine : IConversationEngine
{
    /// <summary>Longer messages are refused before any parsing (a whole category by quick entry is about 100 characters).</summary>
    public const int MaxTextLength = 500;

    static readonly TimeSpan KeepProcessedUpdates = TimeSpan.FromDays(14);

    /// <summary>Old update ids are forgotten at most this often: a sweep on every update cost 5–10 % of an answer.</summary>
    static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);

    readonly ConcurrentDictionary<string, SemaphoreSlim> _userLocks = new();
    readonly AppraisalStore _store;
    readonly MemberDirectory _members;
    readonly Periods _periods;
    readonly TimeProvider _clock;
    readonly ILogger<ConversationEngine> _logger;
    readonly string _defaultLanguage;
    readonly Dictionary<string, IDialog> _dialogs;
    readonly Dictionary<string, IChatCommand> _commands;
    readonly IReadOnlyList<IPlainTextHandler> _plainText;
    readonly IReadOnlyList<IReplyJournal> _journals;
    readonly Dictionary<string, string> _words;
    DateTime _nextForgetting = DateTime.MinValue; // read and written inside the store's write lock only

    public ConversationEngine(AppraisalStore store, MemberDirectory members, Periods periods, TimeProvider clock,
        IOptions<BotOptions> options, IEnumerable<IDialog> dialogs, IEnumerable<IChatCommand> commands,
        IEnumerable<IPlainTextHandler> plainText, IEnumerable<IReplyJournal> journals, ILogger<ConversationEngine> logger)
    {
        _store = store;
        _members = members;
        _periods = periods;
        _clock = clock;
        _logger = logger;
        _defaultLanguage = options.Value.Language;
        _dialogs = dialogs.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        _commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _plainText = plainText.ToList();
        _journals = journals.ToList();
        foreach (var name in _dialogs.Keys.Intersect(_commands.Keys, StringComparer.OrdinalIgnoreCase).Concat(_commands.Keys.Where(IsBuiltIn)))
            throw new InvalidOperationException($"The chat command /{name} is registered twice.");
        _words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, name) in BuiltInWords.Concat(_dialogs.Values.SelectMany(d => d.Words.Select(w => (w, d.Name))))
                     .Concat(_commands.Values.SelectMany(c => c.Words.Select(w => (w, c.Name)))))
            if (!_words.TryAdd(word, name))
                throw new InvalidOperationException($"The word {word} is given to both /{_words[word]} and /{name}.");
    }

    public IReadOnlyCollection<IDialog> Dialogs => _dialogs.Values;
    public IReadOnlyCollection<IChatCommand> Commands => _commands.Values;

    IDocs<ConversationDoc> Conversations => _store.Conversations.Conversations;
    IDocs<ProcessedUpdateDoc> Processed => _store.Conversations.Processed;

    public async Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default)
    {
        // A lone surrogate cannot be stored (LiteDB writes UTF-8): it becomes U+FFFD before anything keeps the text.
        if (update.Text is { } typed && HasLoneSurrogate(typed)) update = update with { Text = WithoutLoneSurrogates(typed) };
        var gate = Gate(update.From);
        // Shutting down before the update was handled: throw, never answer "nothing". An empty answer would mean "handled",
        // and the channel would mark the update done (Telegram's polling offset) although nothing of it was stored.
        await gate.WaitAsync(cancellationToken);
        try
        {
            var prepared = Prepare(update);
            // Synchronous on purpose: a LiteDB transaction belongs to its thread, nothing may await inside it.
            return _store.Write(() =>
            {
                var replies = Handle(update, prepared);
                foreach (var journal in _journals) journal.Write(update, replies);
                return replies;
            });
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Update {UpdateId} from {Channel}:{UserId} failed", update.UpdateId, update.From.Channel, update.From.UserId);
            return [new TextReply(SafeTexts(update).Sorry)];
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The user's lock. Its waiters are released first come, first served, which keeps one user's updates in arrival
    /// order; internal so that tests can hold it and queue a burst in a known order.
    /// </summary>
    internal SemaphoreSlim Gate(ChatUser user) =>
        _userLocks.GetOrAdd(AccountDoc.Key(user.Channel, user.UserId), _ => new SemaphoreSlim(1, 1));

    /// <summary>
    /// Runs a read-only command (/ranking, /sheet, /export) before the transaction: drawing a chart or writing a workbook
    /// inside it would hold every other user's answer for as long. Null when the update is anything else, or the command
    /// failed here (it then runs inside the transaction as any other, and its failure is answered there).
    /// </summary>
    PreparedReplies? Prepare(ChatUpdate update)
    {
        if (update.ButtonData is not null || update.Unsupported || update.File is not null || update.Text?.Trim() is not { Length: > 0 and <= MaxTextLength } typed)
            return null;
        if ((typed[0] == '/' ? typed : AsCommand(typed)) is not { Length: > 1 } text) return null;
        var (name, args) = SplitCommand(text);
        if (!_commands.TryGetValue(name, out var command) || command is not IReadOnlyChatCommand) return null;
        try
        {
            var account = _members.Account(update.From.Channel, update.From.UserId);
            var member = account is null ? null : _members.Find(account.MemberId);
            if (member is null || command.Requires is { } role && !member.Has(role)) return null;
            var turn = new Turn(update, member, Texts.For(account!.Language ?? _defaultLanguage), new ConversationDoc { Id = account.Id },
                _store.Conversations.Sessions, _periods.Active, _clock.GetUtcNow().UtcDateTime);
            command.Run(turn, args);
            return turn.Asked ? null : new PreparedReplies(name, args, turn.Texts.Language, turn.PeriodIdIfRead, turn.Replies);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Update {UpdateId}: /{Command} could not be prepared before its transaction; it runs inside it", update.UpdateId, name);
            return null;
        }
    }

    static (string Name, string Args) SplitCommand(string text)
    {
        var space = text.IndexOfAny([' ', '\u3000', '\n', '\t']);
        var name = (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant();
        return (name, space < 0 ? "" : text[(space + 1)..].Trim());
    }

    IReadOnlyList<Reply> Handle(ChatUpdate update, PreparedReplies? prepared)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var key = ProcessedUpdateDoc.Key(update);
        if (Processed.FindById(key) is not null) return [];
        Processed.Insert(new ProcessedUpdateDoc { Id = key, At = now });
        if (now >= _nextForgetting)
        {
            var forgetBefore = now - KeepProcessedUpdates;
            Processed.DeleteMany(p => p.At < forgetBefore);
            _nextForgetting = now + ForgetEvery;
        }

        var account = _members.Account(update.From.Channel, update.From.UserId);
        var member = account is null ? null : _members.Find(account.MemberId);
        var texts = Texts.For(account?.Language ?? _defaultLanguage);
        if (member is null) return Strangers.Answer(update, texts, _members);

        var userKey = AccountDoc.Key(update.From.Channel, update.From.UserId);
        var conversation = Conversations.FindById(userKey) ?? new ConversationDoc { Id = userKey };
        var turn = new Turn(update, member, texts, conversation, _store.Conversations.Sessions, _periods.Active, now) { Prepared = prepared };
        Route(turn);
        conversation.UpdatedAt = now;
        Conversations.Upsert(conversation);
        return turn.Replies;
    }

    void Route(Turn turn)
    {
        var update = turn.Update;
        var dialog = OpenDialog(turn);
        if (dialog is not null && !dialog.Allows(turn.Member))
        {
            // The member lost the role since the dialog opened (posts change hands): close it.
            Close(turn.Conversation);
            turn.Say(turn.Texts.NeedsRole(dialog.Name, dialog.Requires, turn.Member.Roles));
            return;
        }
        if (update.File is { } file)
        {
            // A photo or file: the open dialog takes it (or says it does not); with none open, /attach asks where it belongs.
            if (dialog is null && _dialogs.TryGetValue(IDialog.FileDialog, out var attach) && attach.Allows(turn.Member)) turn.OpenDialog(dialog = attach);
            if (dialog is null) turn.Say(turn.Texts.FileNotHere);
            else Within(turn, dialog, () => dialog.OnFile(turn, file));
        }
        else if (update.Unsupported)
        {
            turn.Say(turn.Texts.Unsupported);
            PromptAgain(turn, dialog);
        }
        else if (update.ButtonData is { } data)
        {
            Press(turn, dialog, data);
        }
        else
        {
            var text = update.Text?.Trim() ?? "";
            if (text.Length > (dialog?.MaxTextLength ?? MaxTextLength))
            {
                turn.Say(turn.Texts.TooLong(dialog?.MaxTextLength ?? MaxTextLength));
                PromptAgain(turn, dialog);
            }
            else if (text.StartsWith('/'))
            {
                RunCommand(turn, dialog, text);
            }
            else if (dialog is not null && TypedButton(turn.Conversation, text) is { } button)
            {
                // The label of a button of the prompt, typed: the same as pressing it.
                Press(turn, dialog, button.Data);
            }
            else if (AsCommand(text) is { } command && !CouldBeAnswer(turn, text, dialog is not null))
            {
                RunCommand(turn, dialog, command);
            }
            else if (dialog is not null)
            {
                Within(turn, dialog, () => dialog.OnText(turn, text));
            }
            else if (!_plainText.Any(h => turn.Member.Has(h.Requires) && h.TryHandle(turn, text)))
            {
                ShowMenu(turn);
            }
        }
    }

    void Press(Turn turn, IDialog? dialog, string data)
    {
        var conversation = turn.Conversation;
        var valid = Turn.TryUnpack(data, out var generation, out var payload) && generation == conversation.ButtonGeneration;
        var menuCommand = valid && payload.StartsWith(MenuPrefix, StringComparison.Ordinal) ? payload[MenuPrefix.Length..] : null;
        if (!valid || dialog is null && menuCommand is null)
        {
            turn.Say(turn.Texts.ButtonExpired);
            PromptAgain(turn, dialog);
            return;
        }
        // Show the choice in the message that carried the button and take its buttons away.
        var edit = -1;
        if (turn.Update.ButtonMessageId is { } messageId && conversation.PromptText is { } prompt)
        {
            var label = conversation.PromptButtons.FirstOrDefault(b => b.Data == data)?.Label;
            edit = turn.Send(new TextReply(label is null ? prompt : $"{prompt}\n→ {label}", null, messageId));
        }
        if (menuCommand is not null) RunCommand(turn, dialog, "/" + menuCommand);
        else Within(turn, dialog!, () => dialog!.OnButton(turn, payload));
        if (edit >= 0) turn.FoldIntoEdit(edit);
    }

    /// <summary>Button data of the member's menu: the command it runs.</summary>
    const string MenuPrefix = "run:";

    static readonly (string Word, string Command)[] BuiltInWords = [("帮助", "help"), ("取消", "cancel"), ("退出", "cancel"), ("返回", "back"), ("上一步", "back")];

    /// <summary>The member's main actions, by their roles, when a message opens nothing.</summary>
    static readonly (string Command, Role? Role)[] MenuActions =
    [
        ("score", Role.Examiner), ("rate", Role.Leader), ("myratings", Role.Leader), ("sign", Role.GroupLeader),
        ("progress", Role.Office), ("ranking", Role.Office), ("export", Role.Office), ("help", null),
    ];

    void ShowMenu(Turn turn)
    {
        var t = turn.Texts;
        var actions = MenuActions
            .Where(a => a.Role is not { } role || turn.Member.Has(role))
            .Where(a => IsBuiltIn(a.Command) || _dialogs.ContainsKey(a.Command) || _commands.ContainsKey(a.Command))
            .Select(a => (t.MenuLabel(a.Command, _words.FirstOrDefault(w => w.Value == a.Command).Key ?? a.Command), MenuPrefix + a.Command))
            .ToList();
        turn.Ask(t.MenuIntro(turn.Member.Name), actions.Chunk(3));
    }

    /// <summary>"/ranking 文字" for "排名 文字": a text whose first word is a command's word, as that command; null otherwise.</summary>
    string? AsCommand(string text)
    {
        var space = text.IndexOfAny(Separators);
        var first = space < 0 ? text : text[..space];
        return _words.TryGetValue(first, out var name) ? "/" + name + (space < 0 ? "" : " " + text[(space + 1)..].Trim()) : null;
    }

    static readonly char[] Separators = [' ', '\u3000', '\n', '\t'];

    static StoredButton? TypedButton(ConversationDoc conversation, string text) =>
        conversation.PromptButtons.FirstOrDefault(b => string.Equals(b.Label.Trim(), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A command word is a command only where the text cannot be an answer: a leader's rating message ("进度 18 9 5 …" for
    /// 进度村) anywhere; inside a dialog also a village's or a category's name (a village called 进度村 is still one). Scores
    /// never start with a word.
    /// </summary>
    bool CouldBeAnswer(Turn turn, string text, bool inDialog)
    {
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var villages = _store.Setup.Villages.FindAll().ToList();
        if (words.Length > 1 && NameMatch.Find(villages, v => v.Name, words[0]).Kind != MatchKind.None && words.Skip(1).Any(w => w.Any(char.IsDigit)))
            return true;
        if (!inDialog) return false;
        return NameMatch.Find(villages, v => v.Name, text).Kind != MatchKind.None
               || NameMatch.Find(turn.Period.Rubric.Categories, text, c => c.Name, c => c.Alias).Kind != MatchKind.None;
    }

    void RunCommand(Turn turn, IDialog? dialog, string text)
    {
        var (name, args) = SplitCommand(text);
        var t = turn.Texts;
        switch (name)
        {
            case "help":
                turn.Say(HelpText(turn, dialog));
                PromptAgain(turn, dialog);
                return;
            case "cancel":
                if (dialog is null) turn.Say(t.NothingToCancel);
                else
                {
                    Close(turn.Conversation);
                    turn.Say(t.Cancelled);
                }
                return;
            case "back":
                if (dialog is null) turn.Say(t.NothingToGoBack);
                else Within(turn, dialog, () => dialog.Back(turn));
                return;
        }
        if (_dialogs.TryGetValue(name, out var starting))
        {
            if (!starting.Allows(turn.Member))
            {
                Refuse(turn, dialog, name, starting.Requires);
                return;
            }
            turn.Conversation.Dialog = starting.Name;
            turn.Conversation.Session = null;
            Within(turn, starting, () => starting.Start(turn, args));
        }
        else if (_commands.TryGetValue(name, out var command))
        {
            if (command.Requires is { } role && !Allowed(turn, dialog, name, role)) return;
            if (UpToDate(turn.Prepared, turn, name, args) is { } replies) foreach (var reply in replies) turn.Send(reply);
            else command.Run(turn, args);
            // A one-shot command keeps the user's place: the open dialog asks again unless the command did.
            if (!turn.Asked) PromptAgain(turn, OpenDialog(turn));
        }
        else
        {
            turn.Say(t.UnknownCommand(name));
            PromptAgain(turn, dialog);
        }
    }

    /// <summary>The prepared replies if they answer this very command in this turn's language and period.</summary>
    static IReadOnlyList<Reply>? UpToDate(PreparedReplies? prepared, Turn turn, string name, string args) =>
        prepared is not null && prepared.Command == name && prepared.Args == args && prepared.Language == turn.Texts.Language
        && (prepared.PeriodId is not { } periodId || periodId == turn.Period.Id)
            ? prepared.Replies
            : null;

    bool Allowed(Turn turn, IDialog? dialog, string command, Role role)
    {
        if (turn.Member.Has(role)) return true;
        Refuse(turn, dialog, command, role);
        return false;
    }

    void Refuse(Turn turn, IDialog? dialog, string command, Role role)
    {
        turn.Say(turn.Texts.NeedsRole(command, role, turn.Member.Roles));
        PromptAgain(turn, dialog);
    }

    static void Within(Turn turn, IDialog dialog, Action act)
    {
        act();
        if (turn.DialogEnded && turn.Conversation.Dialog == dialog.Name) Close(turn.Conversation);
    }

    static void Close(ConversationDoc conversation)
    {
        conversation.Dialog = null;
        conversation.Session = null;
    }

    IDialog? OpenDialog(Turn turn) =>
        turn.Conversation.Dialog is { } name && _dialogs.TryGetValue(name, out var dialog) ? dialog : null;

    static void PromptAgain(Turn turn, IDialog? dialog)
    {
        if (dialog is not null) Within(turn, dialog, () => dialog.Prompt(turn));
    }

    string HelpText(Turn turn, IDialog? dialog)
    {
        var t = turn.Texts;
        var lines = new List<string> { t.HelpHeader(turn.Member.Name, turn.Member.Roles) };
        lines.AddRange(_dialogs.Values.Where(d => d.Allows(turn.Member)).Select(d => $"/{d.Name}{t.WordsOf(d.Words)} — {d.Describe(t)}"));
        lines.AddRange(_commands.Values.Where(c => c.Requires is not { } r || turn.Member.Has(r)).Select(c => $"/{c.Name}{t.WordsOf(c.Words)} — {c.Describe(t)}"));
        lines.Add(t.HelpAlways);
        lines.AddRange(_plainText.Where(h => turn.Member.Has(h.Requires)).Select(h => h.Help(t)).Where(h => h.Length > 0).Select(h => "\n" + h));
        if (dialog is not null && dialog.Help(t) is { Length: > 0 } extra) lines.Add(extra);
        return string.Join("\n", lines);
    }

    static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    static bool IsBuiltIn(string name) => name is "help" or "cancel" or "back";

    Texts SafeTexts(ChatUpdate update)
    {
        try
        {
            return Texts.For(_members.Account(update.From.Channel, update.From.UserId)?.Language ?? _defaultLanguage);
        }
        catch (Exception)
        {
            return Texts.For(_defaultLanguage);
        }
    }
}

/// <summary>What a read-only command answered before the update's transaction, and for which period (null: it read none).</summary>
internal sealed record PreparedReplies(string Command, string Args, string Language, int? PeriodId, IReadOnlyList<Reply> Replies);
