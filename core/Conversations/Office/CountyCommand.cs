using ChatAppraisal.Members;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Conversations.Office;

/// <summary>/county (县): for the county's appraisal office, every town's progress and first and last villages.</summary>
public sealed class CountyCommand(CountyProgress county) : IChatCommand
{
    public string Name => "county";
    public IReadOnlyList<string> Words => ["县"];
    public Role? Requires => Role.County;
    public string Describe(Texts texts) => texts.DescribeCounty;

    public void Run(Turn turn, string args) => turn.SayLong(turn.Texts.County(county.Build()));
}
