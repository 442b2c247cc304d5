namespace ChatAppraisal.Conversations.Commands;

/// <summary>/help (帮助): what this member can do here; the open dialog then asks again, so help never loses a place.</summary>
public sealed class HelpCommand : IPlaceCommand
{
    public string Name => "help";
    public Members.Role? Requires => null;
    public IReadOnlyList<string> Words => ["帮助"];
    public int? MenuPlace => 8;
    public string Describe(Texts texts) => texts.DescribeHelp;

    public void Run(Turn turn, IPlace place, string args)
    {
        turn.Say(place.Help());
        place.PromptAgain();
    }
}
