using System.Text;
using ChatAppraisal.Export;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Export;

public class ItemScoresCsvTests
{
    [Fact]
    public void CsvStartsWithAUtf8ByteOrderMarkAndHasOneRowPerItemAndVillage()
    {
        using var scenario = new ExportScenario();

        var bytes = new ItemScoresCsv(scenario.Reader).Build(scenario.Period);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Lines(bytes);
        Assert.Equal(string.Join(',', ItemScoresCsv.Header), lines[0]);
        Assert.Equal(1 + 2 * Scenario.Rubric.ItemCount, lines.Count);
    }

    [Fact]
    public void CsvRowsCarryTheStoredScoreWhoEnteredItAndWhen()
    {
        using var scenario = new ExportScenario();

        var lines = Lines(new ItemScoresCsv(scenario.Reader).Build(scenario.Period));

        Assert.Contains("2017年度,新庄村,1,党建工作,3,做合格党员,13,10,柴守齐,2018-01-15 09:00", lines);
        Assert.Contains("2017年度,新庄村,6,精准扶贫,4,户内资料,30,24,柴守齐,2018-01-15 09:00", lines);
        Assert.Contains(lines, l => l.StartsWith("2017年度,马家河村,2,党风廉政建设,1,") && l.EndsWith(",,,"));
    }

    [Theory]
    [InlineData("新庄村", "新庄村")]
    [InlineData("上,下村", "\"上,下村\"")]
    [InlineData("说\"好\"", "\"说\"\"好\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-5", "-5")]
    public void CsvFieldsAreQuotedAndFormulasDefused(string value, string expected)
    {
        Assert.Equal(expected, ItemScoresCsv.Field(value));
    }

    static List<string> Lines(byte[] bytes) =>
        new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
}
