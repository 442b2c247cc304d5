using System.Reflection;
using ChatAppraisal.Bot;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Console;

public class PageTextsTests
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
            Assert.NotEqual(action, PageTexts.For("zh").ActionName(action));
            Assert.NotEqual(action, PageTexts.For("en").ActionName(action));
        });
        Assert.Equal("撤销签字密封", PageTexts.For("zh").ActionName(AuditActions.SheetUnsealed));
    }

    [Fact]
    public void AnActionNotYetNamedKeepsItsCode() => Assert.Equal("something.new", PageTexts.For("zh").ActionName("something.new"));

    [Fact]
    public void ChannelsAreNamedAsOfficialsKnowThem()
    {
        Assert.Equal("管理接口", PageTexts.For("zh").ChannelName("admin-api"));
        Assert.Equal("企业微信", PageTexts.For("zh").ChannelName("wecom"));
        Assert.Equal("网页", PageTexts.For("zh").ChannelName("web"));
    }
}
