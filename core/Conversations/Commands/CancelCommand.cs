namespace ChatAppraisal.Conversations.Commands;

/// <summary>/cancel (取消, 退出): leaves the open dialog; what it saved stays.</summary>
public sealed class CancelCommand : IPlaceCommand
{
    public string Name => "cancel";
    public Members.Role? Requires => null;
    public IReadOnlyList<string> Words => ["取消", "退出"];
    public string Describe(Texts texts) => texts.DescribeCancel;

    public void Run(Turn turn, IPlace place, string args)
    {
        if (!place.InDialog)
        {
            turn.Say(turn.Texts.NothingToCancel);
            return;
        }
        place.Close();
        turn.Say(turn.Texts.Cancelled);
    }
}
