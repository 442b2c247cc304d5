using ChatAppraisal.Conversations;
using ChatAppraisal.Publication;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Export;

namespace ChatAppraisal.Tests.Publication;

/// <summary>整改清单: sent to the village when the results are final, the office's workbook of every village, read back.</summary>
public class RectificationTests
{
    [Fact]
    public async Task WhenFinalTheVillageGetsItsRectificationListAndTheOfficeDownloadsEveryVillagesAtOnce()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise();
        var office = town.Town.Office;
        await town.Chat.Send(office, "/publish 5");
        town.Town.At(16, 9);
        await town.Chat.Send(town.Wang, "/object 做合格党员 会议记录已补交");
        await town.Chat.Press(town.Wang, "完成");
        await town.Chat.Send(town.Wang, "/object 户内资料 资料已补齐");
        await town.Chat.Press(town.Wang, "完成");
        await town.Chat.Send(office, "/objections 1 采纳 13");
        await town.Chat.Send(office, "/objections 2 驳回 台账仍缺三户");

        town.Town.At(23, 0, 1); // the window is over, none open
        Assert.Single(town.Get<Publications>().FinalizeDue());

        await town.Channel.WaitForAsync(c => c.Sent.Any(s => s.ChatId == "wang" && s.Reply is DocumentReply), "the village's 整改清单");
        var message = town.Channel.TextsTo("wang").Single(t => t.Contains("考核结果已确定"));
        Assert.Contains("整改清单（1 项）：\n1. 精准扶贫 · 户内资料：扣 6 分；原因：未写明", message);
        Assert.Contains("申诉：#1 做合格党员 已采纳，改为 13 分；#2 户内资料 已驳回：台账仍缺三户", message);
        var document = (DocumentReply)town.Channel.Sent.Single(s => s.ChatId == "wang" && s.Reply is DocumentReply).Reply;
        Assert.Equal("上庄村_整改清单.xlsx", document.FileName);
        using (var book = new WorkbookReader(document.Content))
        {
            Assert.Equal(["上庄村"], book.SheetNames);
            Assert.Equal($"上庄村{town.Chat.Period.Name}考核整改清单", book.Text("上庄村", "A1"));
            Assert.Equal(["序号", "类别", "项目", "满分", "得分", "扣分", "扣分原因", "申诉结果"], "ABCDEFGH".Select(c => book.Text("上庄村", $"{c}3")));
            Assert.Equal(("精准扶贫", "户内资料", 30m, 24m, 6m, "未写明", "申诉#2已驳回：台账仍缺三户"),
                (book.Text("上庄村", "B4"), book.Text("上庄村", "C4"), book.Number("上庄村", "D4")!.Value, book.Number("上庄村", "E4")!.Value,
                 book.Number("上庄村", "F4")!.Value, book.Text("上庄村", "G4"), book.Text("上庄村", "H4")));
            // The upheld objection's item lost nothing in the end; its outcome stays on the list.
            Assert.Equal(("党建工作", "做合格党员", 13m, 0m, "申诉#1已采纳：10→13"),
                (book.Text("上庄村", "B5"), book.Text("上庄村", "C5"), book.Number("上庄村", "E5")!.Value, book.Number("上庄村", "F5")!.Value, book.Text("上庄村", "H5")));
            Assert.Equal("", book.Text("上庄村", "B6"));
        }

        // The office: every village's list in one workbook.
        var replies = await town.Chat.Send(office, "整改清单");
        var all = Assert.Single(replies.OfType<DocumentReply>());
        Assert.Equal("整改清单.xlsx", all.FileName);
        using (var book = new WorkbookReader(all.Content))
        {
            Assert.Equal(["新庄村", "东湾村", "西坪村", "马家村", "上庄村"], book.SheetNames);
            // What WPS and Excel open: valid against the Office schema, as the export's workbook is.
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(book.Document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            Assert.Equal("没有扣分项。", book.Text("新庄村", "A4"));
            Assert.Equal("户内资料", book.Text("上庄村", "C4"));
        }
        // The village's /village now carries its list too.
        Assert.Contains((await town.Chat.Send(town.Wang, "本村")).OfType<DocumentReply>(), d => d.FileName == "上庄村_整改清单.xlsx");
    }
}
