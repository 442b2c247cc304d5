using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Export;

namespace ChatAppraisal.Tests.Publication;

/// <summary>
/// A village published with items nobody scored: its message, its /village and its 整改清单 (message and workbook) name
/// them as 未评分, never as "扣分：无" beside 0/100; the leaders' ratings are 党政班子成员评分 (docs/glossary.md).
/// </summary>
public partial class UnscoredResultTests
{
    [GeneratedRegex("(?<!党政)班子成员评分")]
    private static partial Regex ShortLeadersName();

    [Fact]
    public async Task UnscoredItemsAreNamedAsUnscoredInTheMessageTheVillageCommandAndTheRectificationList()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        var li = new ChatUser("test", "li", "李书记");
        var added = town.Get<MemberRoster>().Add(new Actor(0, "test", "test"), "李书记", [Role.Village], town.Id("新庄村"));
        town.Chat.Db.Members.Redeem(added.Invite!.Code, li.Channel, li.UserId);
        // 上庄村: two items of 党建工作 scored (one at its maximum, 做合格党员 at 10 of 13 with a reason); 新庄村: nothing.
        var period = town.Chat.Period;
        var categories = period.Rubric.Categories;
        var book = town.Chat.Db.ScoreBook;
        Assert.True(book.SetItem(town.Town.Actor(town.Town.Examiner), period, town.Id("上庄村"), 0, 0, categories[0].Leaves[0].Max).Ok);
        Assert.True(book.SetItem(town.Town.Actor(town.Town.Examiner), period, town.Id("上庄村"), 0, 2, 10, reason: "会议记录缺两次").Ok);

        await town.Chat.Send(town.Town.Office, "/publish 5");
        Assert.Contains("✓ 已公示", (await town.Chat.Press(town.Town.Office, "仍然发布")).Text());
        await town.Channel.WaitForAsync(c => c.TextsTo("wang").Count == 1 && c.TextsTo("li").Count == 1, "both villages' results");

        var itemCount = categories.Sum(c => c.Leaves.Count);
        var nothing = town.Channel.TextsTo("li").Single().Split('\n');
        Assert.DoesNotContain(nothing, l => l.StartsWith("扣分", StringComparison.Ordinal));
        Assert.Equal(categories.Select(c => $"  {c.Name} 0/{Points.Format(c.Max)}（未评分）"), nothing[6..(6 + categories.Count)]);
        var unscored = Array.IndexOf(nothing, $"未评分（{itemCount} 项）：");
        Assert.Equal(6 + categories.Count, unscored);
        Assert.Equal(categories.Select(c => $"  {c.Name}：全部 {c.Leaves.Count} 项"), nothing[(unscored + 1)..(unscored + 1 + categories.Count)]);
        Assert.Contains("党政班子成员评分：无", nothing);

        var partly = town.Channel.TextsTo("wang").Single().Split('\n');
        var rest = categories[0].Leaves.Count - 2;
        Assert.Equal($"  {categories[0].Name} {Points.Format(categories[0].Leaves[0].Max + 10)}/{Points.Format(categories[0].Max)}（未评分 {rest} 项）", partly[6]);
        Assert.Equal($"  {categories[1].Name} 0/{Points.Format(categories[1].Max)}（未评分）", partly[7]);
        Assert.Equal("扣分（1 项）：", partly[6 + categories.Count]);
        Assert.Equal("  党建工作 · 做合格党员：10/13，扣 3 分；原因：会议记录缺两次", partly[7 + categories.Count]);
        Assert.Equal($"未评分（{itemCount - 2} 项）：", partly[8 + categories.Count]);
        var named = categories[0].Leaves.Where((_, i) => i is not 0 and not 2).Select(l => l.Name).ToList();
        Assert.Equal($"  {categories[0].Name}：{string.Join("、", named.Take(5))}{(named.Count > 5 ? $" 等 {named.Count} 项" : "")}", partly[9 + categories.Count]);
        Assert.DoesNotMatch(ShortLeadersName(), string.Join("\n", partly));

        // Final: each village's 整改清单 names its unscored items, in the message and in the workbook.
        town.Town.At(23, 0, 1);
        Assert.Single(town.Get<Publications>().FinalizeDue());
        await town.Channel.WaitForAsync(c => c.Sent.Count(s => s.ChatId is "li" or "wang" && s.Reply is DocumentReply) == 2, "both 整改清单");
        var finalLi = town.Channel.TextsTo("li").Single(t => t.Contains("考核结果已确定"));
        Assert.DoesNotContain("没有扣分项", finalLi);
        Assert.Contains($"未评分（{itemCount} 项）：\n  {categories[0].Name}：全部 {categories[0].Leaves.Count} 项", finalLi);
        var workbook = (DocumentReply)town.Channel.Sent.Single(s => s.ChatId == "li" && s.Reply is DocumentReply).Reply;
        using (var sheet = new WorkbookReader(workbook.Content))
        {
            Assert.Contains($"未评分 {itemCount} 项", sheet.Text("新庄村", "A2"));
            Assert.StartsWith("综合得分 ", sheet.Text("新庄村", "A2"));
            Assert.Equal((categories[0].Name, categories[0].Leaves[0].Name, categories[0].Leaves[0].Max, "未评分", "未评分"),
                (sheet.Text("新庄村", "B4"), sheet.Text("新庄村", "C4"), sheet.Number("新庄村", "D4")!.Value, sheet.Text("新庄村", "E4"), sheet.Text("新庄村", "G4")));
            Assert.Equal("未评分", sheet.Text("新庄村", $"G{3 + itemCount}"));
            Assert.Equal("", sheet.Text("新庄村", $"B{4 + itemCount}"));
        }
        var finalWang = town.Channel.TextsTo("wang").Single(t => t.Contains("考核结果已确定"));
        Assert.Contains("整改清单（1 项）：\n1. 党建工作 · 做合格党员：扣 3 分；原因：会议记录缺两次\n未评分（", finalWang);

        // After the window, /village says the result is final and takes no more objections.
        var village = (await town.Chat.Send(li, "/village")).Text();
        Assert.Contains($"新庄村 · {period.Name}考核结果（已确定）", village);
        Assert.Contains("不再受理申诉", village);
        Assert.DoesNotContain("请在此前发送", village);
    }
}
