namespace ChatAppraisal.Conversations;

/// <summary>
/// A command about the member's place in a dialog (/help, /cancel, /back): registered, described and given words like any
/// command, and run with the place it reads or changes. /help lists these three in one line of their own (HelpAlways).
/// </summary>
public interface IPlaceCommand : IChatCommand
{
    void Run(Turn turn, IPlace place, string args);

    void IChatCommand.Run(Turn turn, string args) =>
        throw new InvalidOperationException($"/{Name} runs with the member's place (IPlaceCommand.Run(turn, place, args)).");
}

/// <summary>The member's place: the open dialog, if any, and what may be done to it.</summary>
public interface IPlace
{
    bool InDialog { get; }

    /// <summary>/help's text for this member and place.</summary>
    string Help();

    /// <summary>The open dialog asks its question again (nothing happens outside a dialog).</summary>
    void PromptAgain();

    /// <summary>Leaves the open dialog; what it saved stays.</summary>
    void Close();

    /// <summary>The open dialog's previous step.</summary>
    void Back();
}
