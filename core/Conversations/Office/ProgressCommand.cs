using ChatAppraisal.Reports;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations.Office;

/// <summary>/progress: items scored, seals and leaders' ratings per village, and what each person still owes.</summary>
public sealed class ProgressCommand(ProgressQuery progress) : IChatCommand
{
    public string Name => "progress";
    public int? MenuPlace => 5;
    public IReadOnlyList<string> Words => ["进度"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeProgress;

    public void Run(Turn turn, string args) => turn.SayLong(turn.Texts.Progress(progress.Build(turn.Period)));
}
