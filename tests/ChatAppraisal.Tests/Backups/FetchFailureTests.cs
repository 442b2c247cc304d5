using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.EndToEnd;
using ChatAppraisal.Tests.Evidence;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.Backups;

/// <summary>A photo Telegram will not serve (getFile fails): the examiner is told so and asked to send it again.</summary>
public sealed class FetchFailureTests : EndToEndTest
{
    [Fact]
    public async Task APhotoTelegramCannotServeIsAnsweredAsSuchAndTakenWhenSentAgain()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄");
        await SayAsync(Zheng, "社保");
        Api.Faults = r => r.Method == "getFile" ? BotApiFault.ServerError() : null;
        var before = Api.MessagesIn(Zheng.Id).Count;

        Api.SendPhoto(Zheng, EvidenceFiles.Jpeg());

        var answer = (await Api.WaitForMessagesAsync(Zheng.Id, before + 1))[before];
        Assert.Equal("⚠ 没能取到您发送的文件。请再发送一次。", answer.Text);
        Assert.Empty(Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll());

        Api.Faults = null;
        Api.SendPhoto(Zheng, EvidenceFiles.Jpeg());
        await Api.WaitUntilAsync(() => Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).Count() == 1, "the photo to be attached");
        Assert.Contains("已附上：照片 1 张", (await Api.WaitForMessagesAsync(Zheng.Id, before + 2))[before + 1].Text);
    }
}
