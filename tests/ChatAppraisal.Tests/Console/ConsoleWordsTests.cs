using System.Reflection;
using ChatAppraisal.Bot.Pages.Console;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Console;

public class ConsoleWordsTests
{
    static IEnumerable<string> EveryAuditAction() =>
        typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void EveryAuditedActionHasAChineseAndAnEnglishNameIn日志()
    {
        var actions = EveryAuditAction().ToList();
        Assert.Contains(AuditActions.SheetUnsealed, actions);
        Assert.All(actions, action =>
        {
            Assert.NotEqual(action, ConsoleWords.For("zh").ActionName(action));
            Assert.NotEqual(action, ConsoleWords.For("en").ActionName(action));
        });
        Assert.Equal("撤销签字", ConsoleWords.For("zh").ActionName(AuditActions.SheetUnsealed));
    }

    [Fact]
    public void AnActionNotYetNamedKeepsItsCode() => Assert.Equal("something.new", ConsoleWords.For("zh").ActionName("something.new"));

    [Fact]
    public void ChannelsAreNamedAsOfficialsKnowThem()
    {
        Assert.Equal("管理接口", ConsoleWords.For("zh").ChannelName("admin-api"));
        Assert.Equal("企业微信", ConsoleWords.For("zh").ChannelName("wecom"));
        Assert.Equal("网页", ConsoleWords.For("zh").ChannelName("web"));
    }
}
