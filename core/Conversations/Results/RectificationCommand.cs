using ChatAppraisal.Export;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;

namespace ChatAppraisal.Conversations.Results;

/// <summary>/rectification (整改清单): the office downloads every village's 整改清单 at once, a sheet per village.</summary>
public sealed class RectificationCommand(Rectification rectification) : IReadOnlyChatCommand
{
    public string Name => "rectification";
    public IReadOnlyList<string> Words => ["整改清单"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeRectification;

    public void Run(Turn turn, string args) =>
        turn.Send(new DocumentReply(rectification.Workbook(turn.Period), RectificationWorkbook.FileName, turn.Texts.RectificationCaption(turn.Period.Name)));
}
