using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using System.Security.Cryptography;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Evidence;

public class ItemEvidenceTests
{
    [Fact]
    public async Task APhotoSentAtAnItemPromptIsAttachedToThatItemAndThePromptSaysSo()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtItem(3);
        var photo = EvidenceFiles.Photo();

        var replies = await chat.SendFile(user, photo);

        var prompt = Assert.IsType<TextReply>(replies.Last());
        Assert.Contains("党建工作 3/17 · 做合格党员", prompt.Text);
        Assert.Contains("已附上：照片 1 张", prompt.Text);
        var doc = Assert.Single(chat.AttachmentDocs());
        Assert.Equal((chat.Village("新庄村").Id, AttachmentKind.Item, 0, 2), (doc.VillageId, doc.Kind, doc.Category!.Value, doc.Item!.Value));
        Assert.Equal(("image/jpeg", photo.Content.Length, "郑亚娜", false), (doc.ContentType, (int)doc.Size, doc.MemberName, doc.Pending));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo.Content)), doc.Sha256);
        Assert.StartsWith("照片_20180115_", doc.FileName);
        Assert.Equal(photo.Content, chat.Attachments().Content(doc));
        var audit = chat.Audit().Last();
        Assert.Equal((AuditActions.AttachmentAdded, 0, 2), (audit.Action, audit.Category!.Value, audit.Item!.Value));
        Assert.Contains(doc.Sha256, audit.Detail);

        // A second file on the same item, then the review lists them beside the item.
        await chat.SendFile(user, EvidenceFiles.DocxFile("党员花名册.docx", "花名册"));
        Assert.Contains("已附上：照片 1 张、文件 1 份", (await chat.Send(user, "/help")).Text());
        var review = (await chat.Send(user, "19 5.5 13 5 9 6 6 4 4 3 2 1 5 2 8 3 5")).Text();
        Assert.Contains("3. 做合格党员 13/13 📎照片 1 张、文件 1 份", review);
        Assert.DoesNotContain("1. 三会一课等党内组织生活制度落实 19/19 📎", review);
    }

    [Fact]
    public async Task AFileSentWithNoDialogOpenAsksWhichVillageAndItemItBelongsTo()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();

        Assert.Contains("收到照片", (await chat.SendFile(user, EvidenceFiles.Photo(1))).Text());
        Assert.Contains("收到照片", (await chat.SendFile(user, EvidenceFiles.Photo(2))).Text()); // an album: both go together
        Assert.True(chat.AttachmentDocs().All(a => a.Pending));
        Assert.Contains("哪一类", (await chat.Send(user, "东湾")).Text());
        Assert.Contains("哪一项", (await chat.Send(user, "党建")).Text());
        var placed = (await chat.Send(user, "3")).Text();

        Assert.Contains("已附到 东湾村 · 党建工作 · 做合格党员", placed);
        Assert.Contains("照片 2 张", placed);
        var docs = chat.AttachmentDocs();
        Assert.Equal(2, docs.Count);
        Assert.All(docs, d => Assert.Equal((false, chat.Village("东湾村").Id, 0, 2), (d.Pending, d.VillageId, d.Category!.Value, d.Item!.Value)));
        Assert.Equal(2, chat.Audit().Count(a => a.Action == AuditActions.AttachmentAdded));
        Assert.Contains("现在没有进行中的操作", (await chat.Send(user, "/cancel")).Text()); // the dialog ended
    }

    [Fact]
    public async Task AnExecutableIsRefusedByItsContentWhateverItsNameAndNothingIsStored()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtItem(3);

        var replies = await chat.SendFile(user, new ChatFile("党员台账.jpg", "image/jpeg", EvidenceFiles.Exe()));

        Assert.Contains("“党员台账.jpg”是程序或脚本，不能作为附件，没有保存", replies.Text());
        Assert.Contains("党建工作 3/17", replies.Text()); // asked again
        Assert.Empty(chat.AttachmentDocs());
        Assert.Equal((0, 0), chat.StoredFiles());
        Assert.DoesNotContain(chat.Audit(), a => a.Action.StartsWith("attachment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOversizedFileIsRefusedNamingTheLimitAndNothingIsStored()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtItem(1);
        var big = new byte[(int)EvidenceOptions.MaxFileBytes + 1];
        EvidenceFiles.Jpeg().CopyTo(big, 0);

        var replies = await chat.SendFile(user, new ChatFile("会议记录.jpg", "image/jpeg", big, IsPhoto: true));

        Assert.Contains("超过每个文件 20 MB 的上限，没有保存", replies.Text());
        Assert.Empty(chat.AttachmentDocs());
        Assert.Equal((0, 0), chat.StoredFiles());
    }

    [Fact]
    public async Task AnArchiveIsRefusedAndSoIsTheTotalBeyondTheConfiguredLimit()
    {
        using var chat = new ChatHarness(configure: s => s.Configure<EvidenceOptions>(o => o.MaxAttachmentsMegabytes = 1));
        var user = await chat.AtItem(1);

        Assert.Contains("是压缩包", (await chat.SendFile(user, new ChatFile("台账.docx", null, EvidenceFiles.Zip()))).Text());
        await chat.SendFile(user, new ChatFile("a.jpg", null, EvidenceFiles.Jpeg(1, 700_000)));
        var full = (await chat.SendFile(user, new ChatFile("b.jpg", null, EvidenceFiles.Jpeg(2, 700_000)))).Text();

        Assert.Contains("附件存储已满（上限 1 MB）", full);
        Assert.Equal("a.jpg", Assert.Single(chat.AttachmentDocs()).FileName);
    }

    [Fact]
    public async Task AFileAtTheCategoryChoiceAsksForAnItemFirst()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score");
        await chat.Send(user, "新庄村");

        var replies = await chat.SendFile(user, EvidenceFiles.Photo());

        Assert.Contains("请先选到具体的评分项目", replies.Text());
        Assert.Empty(chat.AttachmentDocs());
    }

    [Fact]
    public async Task AMemberWhoIsNotAnExaminerIsToldWhereFilesGo()
    {
        using var chat = new ChatHarness();
        var office = chat.Member("王主任", Role.Office);

        Assert.Contains("这里不收照片或文件", (await chat.SendFile(office, EvidenceFiles.Photo())).Text());
        Assert.Empty(chat.AttachmentDocs());
    }

    [Fact]
    public async Task HelpSaysHowToSendFilesWhereAChannelCannotDeliverThem()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/attach");

        var help = (await chat.Send(user, "/help")).Text();

        Assert.Contains("/attach（附件） — 附上照片或文件", help);
        Assert.Contains("企业微信收不到成员发给应用的文件：请在网页版对话里用“上传”发送", help);
    }
}
