using ChatAppraisal.Conversations;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>Every bad input at a prompt gets a message saying what is allowed, then the prompt again; nothing stored changes.</summary>
public class BadInputTests
{
    const string Photo = "<photo>", OldButton = "<old button>";

    public static TheoryData<string, string> AtAnItemPrompt => new()
    {
        { "abc", "“abc”不是分数。请输入 0–50 的数，最多两位小数" },
        { "", "请输入分数：0–50，最多两位小数。" },
        { "   ", "请输入分数：0–50，最多两位小数。" },
        { "-1", "分数不能是负数。请输入 0–50 的数。" },
        { "50.01", "“50.01”超过了满分 50。请输入 0–50 的数。" },
        { "51", "“51”超过了满分 50。" },
        { "1.234", "“1.234”小数太多，最多两位小数" },
        { "1e309", "“1e309”不是分数。" },
        { "NaN", "“NaN”不是分数。" },
        { "Infinity", "“Infinity”不是分数。" },
        { "-Infinity", "“-Infinity”不是分数。" },
        { "5,5", "“5,5”有歧义：是小数还是两个分数？小数请用小数点（如 5.5）；整类录入请输入 3 个数。" },
        { "５，５", "有歧义" },
        { "1 2", "您输入了 2 个数。单项请输入 1 个数；整类录入请输入 3 个数" },
        { "😀", "“😀”不是分数。" },
        { "👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻", "…”太长了" },
        { new string('9', 10_000), "消息太长了（最多 500 字）。" },
        { Photo, "图片、表情、语音等看不懂，请用文字或按钮回答。" },
        { "/nosuch", "没有 /nosuch 这个命令。发送 /help 查看可用的命令。" },
        { "/invite 张三 examiner", "/invite 需要“管理员”角色；您的角色：考核组业务人员。" },
        { OldButton, "这个按钮已过期。" },
    };

    [Theory]
    [MemberData(nameof(AtAnItemPrompt))]
    public async Task BadInputAtAnItemPromptIsExplainedAskedAgainAndChangesNothing(string input, string expected)
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var oldButton = chat.Buttons(user)[0];
        await chat.Send(user, "/help"); // a new prompt: the buttons before it have expired
        var membersBefore = chat.Db.Store.Roster.Members.Count();

        var reply = input switch
        {
            Photo => await chat.Deliver(new ChatUpdate(user, 99, Unsupported: true)),
            OldButton => await chat.Deliver(new ChatUpdate(user, 99, ButtonData: oldButton.Data)),
            _ => await chat.Send(user, input),
        };

        Assert.Contains(expected, reply.Text());
        Assert.EndsWith("请输入 0–50 的分数；一次输入 3 个数可录入整类。", reply.Text());
        Assert.Contains("社会保险 1/3 · 城乡居民基本医疗保险（满分 50 分）", reply.Text());
        Assert.Empty(chat.Scores());
        Assert.Empty(chat.Audit());
        Assert.Equal(membersBefore, chat.Db.Store.Roster.Members.Count());
    }

    [Theory]
    [InlineData("🙂", "没有找到“🙂”")]
    [InlineData("99", "没有找到“99”")]
    [InlineData("50", "没有找到“50”")]
    [InlineData("", "请点按钮选择村，或输入村名。")]
    public async Task BadInputAtTheVillagePromptIsExplainedAndAskedAgain(string input, string expected)
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score");
        var reply = await chat.Send(user, input);
        Assert.Contains(expected, reply.Text());
        Assert.EndsWith("请选择要评分的村（也可以直接输入村名）：", reply.Text());
    }

    [Theory]
    [InlineData("好的吧", "请点“确认”，或输入“修改第N项”（N 为 1–3）。")]
    [InlineData("0", "没有第 0 项，本类共 3 项。")]
    [InlineData("改4", "没有第 4 项，本类共 3 项。")]
    public async Task BadInputAtTheReviewIsExplainedAndTheReviewShownAgain(string input, string expected)
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50 40 10");
        var auditBefore = chat.Audit().Count;
        var reply = await chat.Send(user, input);
        Assert.Contains(expected, reply.Text());
        Assert.Contains("请核对：新庄村 · 社会保险", reply.Text());
        Assert.Equal(auditBefore, chat.Audit().Count);
    }

    [Fact]
    public async Task TheBadInputHintSaysWhatIsAllowedInEnglishToo()
    {
        using var chat = new ChatHarness(language: "en");
        var user = await chat.AtCategory(8);
        var reply = await chat.Send(user, "5,5");
        Assert.Contains("\"5,5\" is ambiguous: a decimal or two scores?", reply.Text());
        Assert.Contains("社会保险 1/3", reply.Text());
    }
}
