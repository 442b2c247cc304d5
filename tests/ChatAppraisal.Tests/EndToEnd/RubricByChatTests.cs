using ChatAppraisal.Members;
using ChatAppraisal.Tests.Evidence;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>/rubric (细则) in Telegram: the office sends the plan's .docx and gets the proposal's summary, its problems by line and the console's link.</summary>
public sealed class RubricByChatTests : EndToEndTest
{
    [Fact]
    public async Task APlanSentAsADocxIsAnsweredWithItsSummaryProblemsAndTheConsolesLinkAndNothingIsSaved()
    {
        await JoinAsync(Qian, Role.Office);
        var rubric = Period.Doc.RubricJson;

        var ask = await SayAsync(Qian, "细则");
        Assert.StartsWith("请发送考核实施方案的 .docx", ask.Text);

        var before = Api.MessagesIn(Qian.Id).Count;
        Api.SendDocument(Qian, "方案.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", EvidenceFiles.Docx(
            "某某镇2025年度村级综合考核办法",
            "一、党建工作（40分）",
            "（一）组织建设（20分）",
            "（二）党风廉政（20分）",
            "二、经济发展（60分）：集体经济（30分），产业发展（20）。",
            "三、加分项目（加分最多不超过5分）",
            "1. 获得县级表彰的，每项加2分。"));
        var answer = (await Api.WaitForMessagesAsync(Qian.Id, before + 1))[before];

        Assert.StartsWith("《某某镇2025年度村级综合》读取结果：\n2 个类别、4 个评分项，满分 100。", answer.Text);
        Assert.Contains("加分 1 项，最多 5 分", answer.Text);
        Assert.Contains("第 5 行：“产业发展”的分值 20 没有写“分”", answer.Text);
        Assert.Contains("第 5 行：“经济发展”写的是 60 分，下面各项合计 50 分", answer.Text);
        Assert.EndsWith($"/console/rubric?periodId={Period.Id}", answer.Text);
        Assert.Equal(rubric, Period.Doc.RubricJson);

        // The dialog is over: the next word is a command again, and a file of another kind is refused saying what is read.
        await SayAsync(Qian, "细则");
        var refused = await ExchangeAsyncAfterDocument(Qian, "方案.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2D]);
        Assert.StartsWith("“方案.pdf”不是 .docx、.txt（UTF-8）或 .xlsx 文件", refused[0].Text);
    }

    async Task<IReadOnlyList<BotMessage>> ExchangeAsyncAfterDocument(FakeUser user, string name, string type, byte[] content)
    {
        var before = Api.MessagesIn(user.Id).Count;
        Api.SendDocument(user, name, type, content);
        return (await Api.WaitForMessagesAsync(user.Id, before + 2)).Skip(before).ToList();
    }
}
