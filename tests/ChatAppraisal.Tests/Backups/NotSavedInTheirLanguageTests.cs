using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Backups;

/// <summary>
/// A full disk refusing the answer's transaction (as <see cref="FullDiskTests"/> does on a real tmpfs, here thrown inside the
/// transaction): each person is told in their own language that it was not saved, and nothing of it is stored.
/// </summary>
public class NotSavedInTheirLanguageTests
{
    /// <summary>Fails the answer's transaction the way the store does when the disk is full.</summary>
    sealed class DiskFillingUp : IReplyJournal
    {
        public volatile bool Full;

        public void Write(ChatUpdate update, IReadOnlyList<Reply> replies)
        {
            if (Full) throw new StorageFullException("appraisal.db", new IOException("No space left on device"));
        }
    }

    [Fact]
    public async Task EachPersonIsToldInTheirOwnLanguageThatTheAnswerWasNotSavedAndNothingIsStored()
    {
        var disk = new DiskFillingUp();
        using var chat = new ChatHarness(configure: services => services.AddSingleton<IReplyJournal>(disk));
        var zheng = await chat.AtCategory(8);
        var wang = chat.Examiner("王五");
        await chat.Send(wang, "/lang en");
        await chat.AtCategory(8, wang);
        var (scores, audit) = (chat.Scores().Count, chat.Audit().Count);

        disk.Full = true;
        Assert.Equal("⚠ 刚才发送的内容没有保存。请稍后再发一次。", (await chat.Send(zheng, "50")).Text());
        Assert.Equal("⚠ What you just sent was not saved. Please send it again later.", (await chat.Send(wang, "50")).Text());
        Assert.Equal((scores, audit), (chat.Scores().Count, chat.Audit().Count));

        disk.Full = false;
        Assert.StartsWith("✓", (await chat.Send(wang, "50")).Text());
        Assert.Equal(scores + 1, chat.Scores().Count);
    }
}
