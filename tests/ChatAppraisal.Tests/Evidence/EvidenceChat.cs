using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Tests.Conversations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Evidence;

/// <summary>Sending files through the harness, and reading back what was stored.</summary>
static class EvidenceChat
{
    static long _updateId = 5_000_000;

    public static Task<IReadOnlyList<Reply>> SendFile(this ChatHarness chat, ChatUser user, ChatFile file) =>
        chat.Deliver(new ChatUpdate(user, Interlocked.Increment(ref _updateId), File: file));

    public static Attachments Attachments(this ChatHarness chat) => chat.Services.GetRequiredService<Attachments>();

    public static List<AttachmentDoc> AttachmentDocs(this ChatHarness chat) =>
        chat.Db.Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll().OrderBy(a => a.Id).ToList();

    /// <summary>Files and chunks in the database's file storage: what a refusal must leave empty.</summary>
    public static (int Files, int Chunks) StoredFiles(this ChatHarness chat) =>
        (chat.Db.Store.LiteDatabase().GetCollection(ChatAppraisal.Storage.EvidenceStore.FilesCollection.Name).Count(),
         chat.Db.Store.LiteDatabase().GetCollection(ChatAppraisal.Storage.EvidenceStore.FilesCollection.Chunks).Count());

    /// <summary>The examiner at 新庄村 · 党建工作, item <paramref name="item"/> (1-based) open.</summary>
    public static async Task<ChatUser> AtItem(this ChatHarness chat, int item = 1)
    {
        var user = await chat.AtCategory(1);
        for (var i = 1; i < item; i++) await chat.Press(user, "跳过");
        return user;
    }
}
