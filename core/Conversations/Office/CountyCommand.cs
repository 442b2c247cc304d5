using ChatAppraisal.Export;
using ChatAppraisal.Members;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Conversations.Office;

/// <summary>
/// /county (县): for the county's appraisal office, every town's progress and first and last villages; with a word after it
/// (县 导出, /county export), the county-wide workbook instead.
/// </summary>
public sealed class CountyCommand(CountyProgress county, CountyWorkbook workbook, TownList towns) : IChatCommand
{
    public string Name => "county";
    public IReadOnlyList<string> Words => ["县"];
    public Role? Requires => Role.County;
    public string Describe(Texts texts) => texts.DescribeCounty;

    public void Run(Turn turn, string args)
    {
        if (args.Trim().Length == 0) turn.SayLong(turn.Texts.County(county.Build()));
        else turn.Send(new DocumentReply(workbook.Build(), CountyWorkbook.FileName, turn.Texts.CountyExportCaption(towns.All().Count)));
    }
}
