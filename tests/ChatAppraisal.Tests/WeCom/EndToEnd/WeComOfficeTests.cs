using ChatAppraisal.Storage.LiteDb;
using System.Security.Cryptography;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>A leader's rating message, the office's /ranking chart as an image and /export as files, an examiner's photo as evidence.</summary>
public sealed class WeComOfficeTests : WeComEndToEndTest
{
    [Fact]
    public async Task ALeadersRatingMessageIsSavedOnConfirm()
    {
        await JoinAsync(Qian, Role.Leader);

        var summary = await SayAsync(Qian, "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2");
        Assert.Contains("请核对 新庄村 的评分：", summary.Reads);
        Assert.Contains("合计 94 分（满分 100）", summary.Reads);
        Assert.Empty(Store.Scores.Ratings.FindAll());

        var saved = await SayAsync(Qian, "确认");
        Assert.Equal("已保存：新庄村，合计 94 分。", saved.Text);
        var rating = Assert.Single(Store.Scores.Ratings.FindAll());
        Assert.Equal(new decimal[] { 18, 9, 5, 9, 5, 14, 9, 5, 5, 5, 4, 1, 1, 2, 2 }, rating.Values);
        Assert.Equal((Village("新庄村").Id, "wecom"), (rating.VillageId, rating.Channel));
        var audit = Assert.Single(Audit("新庄村"));
        Assert.Equal((AuditActions.RatingSet, "钱卫东", (decimal?)94m), (audit.Action, audit.MemberName, audit.New));
    }

    [Fact]
    public async Task RankingComesAsAnUploadedImageThenItsCaptionAsAText()
    {
        await JoinAsync(Sun, Role.Office);

        var messages = await ExchangeAsync(Sun, "/ranking", replies: 2);

        var upload = Assert.Single(Api.RequestsFor("media/upload"));
        Assert.Equal(("image", "chart.png", "image/png"), (upload.Query["type"], upload.Parts["media"].FileName, upload.Parts["media"].ContentType));
        Assert.Equal(["image", "text"], messages.Select(m => m.Type));
        Assert.True(messages[0].Media!.Content.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]), "a PNG");
        Assert.Equal(upload.Parts["media"].Content, messages[0].Media!.Content);
        Assert.StartsWith("2017年度综合考核排名", messages[1].Text);
        Assert.Equal(["image", "text"], Api.RequestsFor("message/send").Skip(1).Select(r => r.Body["msgtype"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ExportComesAsUploadedFilesWithTheirNames()
    {
        await JoinAsync(Sun, Role.Office);
        var before = Inbox(Sun).Count;

        Assert.True((await Api.SendTextAsync(Sun, "/export")).Acknowledged);
        await Api.WaitUntilAsync(() => Inbox(Sun).Skip(before).Count(m => m.Type == "file") >= 2, "the workbook and the csv");

        var files = Inbox(Sun).Skip(before).Where(m => m.Type == "file").ToList();
        Assert.Contains(files, f => f.Media!.FileName.EndsWith(".xlsx", StringComparison.Ordinal) && f.Media.Content.AsSpan().StartsWith("PK"u8));
        Assert.Contains(files, f => f.Media!.FileName.EndsWith(".csv", StringComparison.Ordinal));
        Assert.All(Api.RequestsFor("media/upload"), u => Assert.Equal("file", u.Query["type"]));
        Assert.Equal(files.Select(f => f.Media!.FileName), Api.RequestsFor("media/upload").Select(u => u.Parts["media"].FileName));
    }

    [Fact]
    public async Task APhotoSentAtAnItemPromptIsFetchedWithMediaGetAndAttachedToThatItem()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄");
        await SayAsync(Zheng, "社保");
        var photo = Jpeg();
        var before = Inbox(Zheng).Count;

        Assert.True((await Api.SendImageAsync(Zheng, photo)).Acknowledged);

        var answer = (await Api.WaitForMessagesAsync(Zheng, before + 1))[^1];
        Assert.Contains("社会保险 1/3 · 城乡居民基本医疗保险", answer.Reads);
        Assert.Contains("已附上：照片 1 张", answer.Reads);
        Assert.True(Assert.Single(Api.RequestsFor("media/get")).Succeeded);
        var doc = Assert.Single(Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll());
        Assert.Equal((Village("新庄村").Id, AttachmentKind.Item, 7, 0), (doc.VillageId, doc.Kind, doc.Category!.Value, doc.Item!.Value));
        Assert.Equal(("image/jpeg", "郑亚娜"), (doc.ContentType, doc.MemberName));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), doc.Sha256);
    }

    [Fact]
    public async Task APhotoThatCannotBeFetchedIsAnsweredAsSuchAndAskedForAgain()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄");
        await SayAsync(Zheng, "社保");
        Api.Faults = r => r.Call == "media/get" ? WeComFault.ServerError() : null;
        var before = Inbox(Zheng).Count;

        Assert.True((await Api.SendImageAsync(Zheng, Jpeg())).Acknowledged);

        var answer = await Api.WaitForMessagesAsync(Zheng, before + 1);
        Assert.Equal("⚠ 没能取到您发送的文件。请再发送一次。", answer[before].Text);
        Assert.Empty(Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll());

        // Sent again once WeCom serves it, it is attached to the item still asked for.
        Api.Faults = null;
        Assert.True((await Api.SendImageAsync(Zheng, Jpeg())).Acknowledged);
        await Api.WaitForMessagesAsync(Zheng, before + 2);
        Assert.Single(Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll());
    }

    static byte[] Jpeg()
    {
        var bytes = new byte[3000];
        new Random(7).NextBytes(bytes);
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];
        head.CopyTo(bytes, 0);
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }
}
