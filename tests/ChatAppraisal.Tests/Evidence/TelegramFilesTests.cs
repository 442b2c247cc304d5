using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatAppraisal.Tests.Evidence;

public class TelegramFilesTests
{
    static readonly FakeUser Examiner = new(4242, "郑亚娜");

    static async Task<(TelegramFiles Files, Message Message)> Receive(BotApiDouble api)
    {
        var client = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl));
        var update = Assert.Single(await client.GetUpdates());
        return (new TelegramFiles(client), update.Message!);
    }

    [Fact]
    public async Task APhotoIsFetchedInItsLargestSizeWithGetFileAndTheDownloadAndAttachedToTheOpenItem()
    {
        await using var api = await BotApiDouble.StartAsync();
        var jpeg = EvidenceFiles.Jpeg(3, 5000);
        api.SendPhoto(Examiner, jpeg);
        var (files, message) = await Receive(api);

        var fetched = await files.FetchAsync(message);

        var file = Assert.IsType<ChatFile>(fetched!.File);
        Assert.True(file.IsPhoto);
        Assert.Equal(jpeg, file.Content);
        Assert.Equal(message.Photo!.Last().FileId, api.RequestsFor("getFile").Single().String("file_id"));
        Assert.Single(api.Downloads);

        using var chat = new ChatHarness();
        var user = await chat.AtItem(3);
        Assert.Contains("已附上：照片 1 张", (await chat.SendFile(user, file)).Text());
        Assert.Equal(jpeg, chat.Attachments().Content(chat.AttachmentDocs().Single()));
    }

    [Fact]
    public async Task ADocumentKeepsItsNameAndTypeAndIsReadAsAReport()
    {
        await using var api = await BotApiDouble.StartAsync();
        var docx = EvidenceFiles.Docx("一、党建和党风廉政建设", "二、经济社会发展", "三、下一年工作打算");
        api.SendDocument(Examiner, "新庄村书面汇报.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
        var (files, message) = await Receive(api);

        var file = (await files.FetchAsync(message))!.File!;

        Assert.Equal(("新庄村书面汇报.docx", false), (file.FileName, file.IsPhoto));
        Assert.Equal(docx, file.Content);
        Assert.Equal(["documents/file_1.docx"], api.Downloads);
        Assert.Equal(FileType.Docx, ContentSniffer.Sniff(file.Content, file.FileName).Type);
    }

    [Fact]
    public async Task AFileOverTwentyMegabytesIsRefusedByItsDeclaredSizeBeforeAnythingIsDownloaded()
    {
        await using var api = await BotApiDouble.StartAsync();
        api.SendDocument(Examiner, "全年会议录像.pdf", "application/pdf", "%PDF-1.4"u8.ToArray(), declaredSize: 25L * 1024 * 1024);
        var (files, message) = await Receive(api);

        var fetched = await files.FetchAsync(message);

        Assert.Null(fetched!.File);
        Assert.Equal(25L * 1024 * 1024, fetched.RefusedSize);
        Assert.Empty(api.RequestsFor("getFile"));
        Assert.Empty(api.Downloads);
        Assert.Contains("“全年会议录像.pdf”有 25 MB，超过每个文件 20 MB 的上限", fetched.Refusal(Texts.For("zh")));
    }

    [Fact]
    public async Task AMessageWithoutAFileFetchesNothing()
    {
        await using var api = await BotApiDouble.StartAsync();
        api.SendText(Examiner, "你好");
        var (files, message) = await Receive(api);

        Assert.Null(await files.FetchAsync(message));
        Assert.False(TelegramFiles.HasFile(message));
    }
}
