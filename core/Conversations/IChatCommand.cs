using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations;

/// <summary>
/// A one-shot command (<c>/invite</c>, <c>/lang</c>; later <c>/progress</c>, <c>/ranking</c>): runs, replies, done.
/// An open dialog stays open and is asked again afterwards. Register with <c>services.AddChatCommand&lt;T&gt;()</c>.
/// </summary>
public interface IChatCommand
{
    /// <summary>Without "/", lower case.</summary>
    string Name { get; }

    /// <summary>The role needed, or null for every member.</summary>
    Role? Requires { get; }

    /// <summary>One line for /help.</summary>
    string Describe(Texts texts);

    /// <summary>Chinese words that also run it, typed alone or before its arguments (排名, 排名 文字).</summary>
    IReadOnlyList<string> Words => [];

    /// <summary>Its place among the member's menu buttons (shown when a message opens nothing); null keeps it off the menu.</summary>
    int? MenuPlace => null;

    void Run(Turn turn, string args);
}

/// <summary>
/// A command that only reads and whose answer is costly to make (a chart, a workbook). The engine runs it first outside
/// the update's transaction, under the user's lock only, so that other users' answers do not wait while it draws;
/// the transaction then records the update with those replies. Its <see cref="IChatCommand.Run"/> must not write,
/// ask or open a dialog.
/// </summary>
public interface IReadOnlyChatCommand : IChatCommand;

/// <summary>
/// Reads a plain message sent outside any dialog (a leader's "新庄村 18 9 5 …").
/// Handlers are asked in registration order; the first that returns true has answered.
/// Register with <c>services.AddPlainTextHandler&lt;T&gt;()</c>.
/// </summary>
public interface IPlainTextHandler
{
    /// <summary>The role needed; members without it never reach this handler.</summary>
    Role Requires { get; }

    bool TryHandle(Turn turn, string text);

    /// <summary>Lines for /help, shown to members with the role (a leader's message format); empty for none.</summary>
    string Help(Texts texts) => "";
}
