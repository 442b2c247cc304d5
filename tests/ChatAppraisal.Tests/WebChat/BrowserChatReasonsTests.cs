using ChatAppraisal.Members;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>A deduction's reason typed in the browser chat, in headless Chromium against the real bot.</summary>
public sealed class BrowserChatReasonsTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task AnExaminerTypesAReasonAfterThePointsAndAnswersWhichDeductionsNeedOne()
    {
        await using var app = WebChatApp.Start();
        var village = app.AddVillage("新庄村");
        var (_, code) = app.Invite("郑亚娜", Role.Examiner);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.Page.GotoAsync(app.BaseUrl + "/chat");
        await chat.SignIn(code);

        await chat.Send("/score");
        await chat.Press("新庄村 0/117");
        await chat.Press("社会保险 0/3");
        await chat.Shows("社会保险 1/3");
        await chat.Send("45 参保台账缺 3 户");
        await chat.Shows("✓ 城乡居民基本医疗保险：45 分（扣分原因：参保台账缺 3 户）");
        await chat.Send("40");
        await chat.Send("8");
        await chat.Shows("哪些扣分要写原因？第 3 项低于满分");
        await chat.Send("3 计生台账缺页");
        await chat.Shows("✓ 第 3 项 计生工作：扣分原因“计生台账缺页”");
        await chat.Shows("3. 计生工作 8/10 · 原因：计生台账缺页");

        var reasons = app.Store.Scores.Items.FindAll().Where(s => s.VillageId == village.Id && s.Category == 7).OrderBy(s => s.Item).Select(s => (s.Value, s.Reason));
        Assert.Equal([(45m, "参保台账缺 3 户"), (40m, (string?)null), (8m, "计生台账缺页")], reasons);
        Assert.Empty(chat.Errors);
    }
}
