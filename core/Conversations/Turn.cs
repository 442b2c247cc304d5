using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations;

/// <summary>
/// One update being handled, inside its transaction: who sent it, in which language to answer, the stored conversation,
/// and the replies collected so far. Dialogs and commands answer through <see cref="Say"/> and <see cref="Ask"/>.
/// </summary>
public sealed class Turn
{
    readonly List<Reply> _replies = [];
    readonly ISessionCodec _sessions;
    readonly Func<PeriodView> _period;
    PeriodView? _activePeriod;

    internal Turn(ChatUpdate update, MemberDoc member, Texts texts, ConversationDoc conversation, ISessionCodec sessions, Func<PeriodView> period, DateTime now)
    {
        Update = update;
        Member = member;
        Texts = texts;
        Conversation = conversation;
        _sessions = sessions;
        _period = period;
        Now = now;
    }

    public ChatUpdate Update { get; }
    public MemberDoc Member { get; }
    public Actor Actor => new(Member.Id, Member.Name, Update.From.Channel);

    /// <summary>The replying language; /lang switches it within the turn.</summary>
    public Texts Texts { get; private set; }

    public DateTime Now { get; }

    /// <summary>The active period with its parsed rubric, read once per turn.</summary>
    public PeriodView Period => _activePeriod ??= _period();

    internal ConversationDoc Conversation { get; }
    internal IReadOnlyList<Reply> Replies => _replies;

    /// <summary>The replies of a read-only command made before the transaction (see <see cref="IReadOnlyChatCommand"/>).</summary>
    internal PreparedReplies? Prepared { get; init; }

    /// <summary>Whether the active period has been read in this turn (without reading it).</summary>
    internal int? PeriodIdIfRead => _activePeriod?.Id;

    /// <summary>True once this turn has sent a prompt with buttons.</summary>
    public bool Asked { get; private set; }

    internal bool DialogEnded { get; private set; }

    public void Say(string text) => _replies.Add(new TextReply(text));

    /// <summary>
    /// Sends a prompt with buttons. Each button's data is prefixed with a new generation, so buttons of every
    /// earlier message expire. <paramref name="numbersAreAnswers"/>: a bare typed number answers this prompt.
    /// </summary>
    public void Ask(string text, IEnumerable<IEnumerable<(string Label, string Data)>> rows, bool numbersAreAnswers = false)
    {
        var generation = ++Conversation.ButtonGeneration;
        var buttons = rows.Select(row => (IReadOnlyList<Button>)row.Select(b => new Button(b.Label, Pack(generation, b.Data))).ToList())
            .Where(row => row.Count > 0).ToList();
        Conversation.PromptText = text;
        Conversation.PromptButtons = buttons.SelectMany(r => r).Select(b => new StoredButton { Label = b.Label, Data = b.Data }).ToList();
        Conversation.PromptNumbersAreAnswers = numbersAreAnswers;
        _replies.Add(new TextReply(text, buttons) { NumbersAreAnswers = numbersAreAnswers });
        Asked = true;
    }

    /// <summary>An image, a document, or a text that edits an earlier message; returns its place among the replies.</summary>
    public int Send(Reply reply)
    {
        _replies.Add(reply);
        return _replies.Count - 1;
    }

    /// <summary>
    /// A press answered by one prompt: the pressed message becomes that prompt, one message instead of two. A person who
    /// presses every second or two then stays within a chat's pace (about one message a second on Telegram), so the next
    /// prompt is never held back; the prompt's own first line says what was saved.
    /// </summary>
    internal void FoldIntoEdit(int editAt)
    {
        if (_replies.Count == editAt + 2 && _replies[editAt] is TextReply { EditMessageId: { } id } && _replies[editAt + 1] is TextReply { EditMessageId: null } next)
        {
            _replies[editAt] = next with { EditMessageId = id };
            _replies.RemoveAt(editAt + 1);
        }
    }

    /// <summary>
    /// Opens a dialog from a plain message (a leader's rating needs its 确认 step); the dialog then stores its session.
    /// Commands open their dialogs through the engine.
    /// </summary>
    internal void OpenDialog(IDialog dialog) => (Conversation.Dialog, Conversation.Session) = (dialog.Name, null);

    /// <summary>Closes the open dialog after this call; what it saved stays saved.</summary>
    public void EndDialog() => DialogEnded = true;

    public void UseLanguage(string language) => Texts = Texts.For(language);

    public T? LoadSession<T>() where T : class =>
        Conversation.Session is { } doc ? _sessions.Unpack<T>(doc) : null;

    public void SaveSession<T>(T session) where T : class =>
        Conversation.Session = _sessions.Pack(session);

    internal const char GenerationSeparator = '|';

    static string Pack(int generation, string data)
    {
        var packed = $"{generation}{GenerationSeparator}{data}";
        if (Encoding.UTF8.GetByteCount(packed) > 64)
            throw new ArgumentException($"Button data '{data}' is too long: chat platforms allow 64 bytes.", nameof(data));
        return packed;
    }

    internal static bool TryUnpack(string data, out int generation, out string payload)
    {
        var at = data.IndexOf(GenerationSeparator);
        payload = at >= 0 ? data[(at + 1)..] : "";
        return int.TryParse(at >= 0 ? data[..at] : "", out generation);
    }
}
