namespace ChatAppraisal.Conversations.Commands;

/// <summary>/back (返回, 上一步): the open dialog's previous step.</summary>
public sealed class BackCommand : IPlaceCommand
{
    public string Name => "back";
    public Members.Role? Requires => null;
    public IReadOnlyList<string> Words => ["返回", "上一步"];
    public string Describe(Texts texts) => texts.DescribeBack;

    public void Run(Turn turn, IPlace place, string args)
    {
        if (place.InDialog) place.Back();
        else turn.Say(turn.Texts.NothingToGoBack);
    }
}
