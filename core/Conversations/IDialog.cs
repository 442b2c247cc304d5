using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations;

/// <summary>
/// A guided dialog started by its command (<c>/score</c>). Dialogs are stateless singletons: everything they remember
/// lives in the stored session, loaded for each update. Register with <c>services.AddDialog&lt;T&gt;()</c>.
/// </summary>
public interface IDialog
{
    /// <summary>The command that starts it, without "/"; also the name stored while it is open.</summary>
    string Name { get; }

    /// <summary>The role it needs, named when a member without it tries.</summary>
    Role Requires { get; }

    /// <summary>Whether the member may use it: by default with <see cref="Requires"/>; a dialog may let another role in too.</summary>
    bool Allows(MemberDoc member) => member.Has(Requires);

    /// <summary>One line for /help.</summary>
    string Describe(Texts texts);

    /// <summary>Extra lines for /help while this dialog is open.</summary>
    string Help(Texts texts);

    /// <summary>Chinese words that also start it, typed alone or before its arguments (评分 新庄村).</summary>
    IReadOnlyList<string> Words => [];

    void Start(Turn turn, string args);
    void OnText(Turn turn, string text);
    void OnButton(Turn turn, string data);

    /// <summary>/back: the previous step.</summary>
    void Back(Turn turn);

    /// <summary>Asks the current prompt again (after /help, a bad input, an expired button, a restart).</summary>
    void Prompt(Turn turn);

    /// <summary>The dialog's state machine as a Mermaid diagram, exported into docs/dialogs.</summary>
    string Diagram();

    /// <summary>Whether the router opens this dialog for a photo or file sent while no dialog is open (it asks where the file belongs).</summary>
    bool TakesFiles => false;

    /// <summary>Its place among the member's menu buttons (shown when a message opens nothing); null keeps it off the menu.</summary>
    int? MenuPlace => null;

    /// <summary>A photo or file sent while this dialog is open. By default it is not taken here: said so, and the prompt again.</summary>
    void OnFile(Turn turn, ChatFile file)
    {
        turn.Say(turn.Texts.FileNotHere);
        Prompt(turn);
    }

    /// <summary>The longest message this dialog reads (a pasted written report is longer than an answer).</summary>
    int MaxTextLength => TypedText.MaxLength;
}

/// <summary>
/// A dialog over a typed session record: the base loads it before each call and stores it after,
/// so the subclass reads and writes plain properties (and builds its state machine over them).
/// </summary>
public abstract class Dialog<TSession> : IDialog where TSession : class, new()
{
    public abstract string Name { get; }
    public abstract Role Requires { get; }
    public virtual bool Allows(MemberDoc member) => member.Has(Requires);
    public abstract string Describe(Texts texts);
    public virtual string Help(Texts texts) => "";
    public virtual IReadOnlyList<string> Words => [];
    public virtual bool TakesFiles => false;
    public virtual int? MenuPlace => null;
    public abstract string Diagram();

    protected abstract void Start(Turn turn, TSession session, string args);
    protected abstract void OnText(Turn turn, TSession session, string text);
    protected abstract void OnButton(Turn turn, TSession session, string data);
    protected abstract void Back(Turn turn, TSession session);
    protected abstract void Prompt(Turn turn, TSession session);

    /// <summary>A photo or file; by default not taken here (see <see cref="IDialog.OnFile"/>).</summary>
    protected virtual void OnFile(Turn turn, TSession session, ChatFile file)
    {
        turn.Say(turn.Texts.FileNotHere);
        Prompt(turn, session);
    }

    void IDialog.Start(Turn turn, string args)
    {
        var session = new TSession();
        Start(turn, session, args);
        turn.SaveSession(session);
    }

    void IDialog.OnText(Turn turn, string text) => With(turn, s => OnText(turn, s, text));
    void IDialog.OnButton(Turn turn, string data) => With(turn, s => OnButton(turn, s, data));
    void IDialog.Back(Turn turn) => With(turn, s => Back(turn, s));
    void IDialog.Prompt(Turn turn) => With(turn, s => Prompt(turn, s));
    void IDialog.OnFile(Turn turn, ChatFile file) => With(turn, s => OnFile(turn, s, file));

    static void With(Turn turn, Action<TSession> act)
    {
        var session = turn.LoadSession<TSession>() ?? new TSession();
        act(session);
        turn.SaveSession(session);
    }
}

/// <summary>A dialog's steps for one update, built afresh over the stored session (see <see cref="FlowDialog{TSession}"/>).</summary>
public interface IDialogFlow
{
    void Typed(string text);
    void Pressed(string data);
    void Back();
    void Prompt(string? note = null);
}

/// <summary>A flow that takes photos and files (the file at an item prompt of /score, /attach, /report).</summary>
public interface IFileFlow : IDialogFlow
{
    void Received(ChatFile file);
}

/// <summary>
/// A dialog whose every call goes to a flow object made for the update (the turn, the session, the state machine over
/// it); a command with arguments (<c>/score 新庄村</c>) is typed into the new flow.
/// </summary>
public abstract class FlowDialog<TSession> : Dialog<TSession> where TSession : class, new()
{
    protected abstract IDialogFlow Open(Turn turn, TSession session);

    protected override void Start(Turn turn, TSession session, string args)
    {
        var flow = Open(turn, session);
        if (args.Length > 0) flow.Typed(args);
        else flow.Prompt();
    }

    protected override void OnText(Turn turn, TSession session, string text) => Open(turn, session).Typed(text);
    protected override void OnButton(Turn turn, TSession session, string data) => Open(turn, session).Pressed(data);
    protected override void Back(Turn turn, TSession session) => Open(turn, session).Back();
    protected override void Prompt(Turn turn, TSession session) => Open(turn, session).Prompt();

    protected override void OnFile(Turn turn, TSession session, ChatFile file)
    {
        if (Open(turn, session) is IFileFlow flow) flow.Received(file);
        else base.OnFile(turn, session, file);
    }
}
