using ChatAppraisal.Storage.LiteDb;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Evidence;

public class SealedEvidenceTests
{
    static readonly Actor Leader = new(99, "张晓岩", "test");

    /// <summary>The canonical content as it was before attachments existed, written out here independently of Sheets.</summary>
    static string OldFingerprint(Sheet sheet)
    {
        var text = new StringBuilder($"period={sheet.Period.Id}:{sheet.Period.Name}\nvillage={sheet.Village.Id}:{sheet.Village.Name}\n");
        foreach (var item in sheet.Categories.SelectMany(c => c.Items))
            text.Append(CultureInfo.InvariantCulture, $"{item.Category + 1}.{item.Item + 1}={item.Score?.ToString("0.##", CultureInfo.InvariantCulture)}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [Fact]
    public async Task ASheetWithoutAttachmentsKeepsTheFingerprintItAlwaysHad()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtItem(1);
        await chat.Send(user, "满分");
        var sheets = chat.Services.GetRequiredService<Sheets>();
        var sheet = sheets.Load(chat.Period, chat.Village("新庄村").Id)!;

        Assert.Empty(sheet.Attachments);
        Assert.Equal(OldFingerprint(sheet), Sheets.Fingerprint(sheet));
    }

    [Fact]
    public async Task TheSealCoversTheAttachmentsHashesAndASealedSheetRefusesANewOne()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtItem(3);
        await chat.SendFile(user, EvidenceFiles.Photo());
        var village = chat.Village("新庄村").Id;
        var sheets = chat.Services.GetRequiredService<Sheets>();

        Assert.Equal(SealRefusal.None, sheets.Seal(Leader, chat.Period, village));
        var seal = chat.Db.Store.Scores.Seals.FindById(SealDoc.Key(chat.Period.Id, village))!;
        var sealedSheet = sheets.Load(chat.Period, village)!;
        Assert.True(sealedSheet.Seal!.Valid);
        Assert.NotEqual(OldFingerprint(sealedSheet), seal.Fingerprint); // the attachment is in it

        // A file at the open item prompt: refused, naming who signed; nothing stored.
        var replies = await chat.SendFile(user, EvidenceFiles.Photo(2));
        Assert.Contains("张晓岩", replies.Text());
        Assert.Single(chat.AttachmentDocs());
        var stored = chat.Attachments().AddToItem(new Actor(1, "郑亚娜", "test"), chat.Period, village, 0, 0, EvidenceFiles.Photo(3));
        Assert.Equal(AttachRefusal.Sealed, stored.Refusal);
        Assert.Equal(AttachRefusal.Sealed, chat.Attachments().Remove(new Actor(0, "admin", "test"), chat.AttachmentDocs()[0].Id, "重复").Refusal);
        Assert.Single(chat.AttachmentDocs());
        Assert.Equal((1, 1), chat.StoredFiles());

        // An attachment's bytes changed behind the bot's back (its recorded hash with them): the seal no longer matches.
        var doc = chat.AttachmentDocs()[0];
        doc.Sha256 = new string('0', 64);
        chat.Db.Store.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).Update(doc);
        Assert.False(sheets.Load(chat.Period, village)!.Seal!.Valid);
    }

    [Fact]
    public async Task RemovingAnAttachmentOfAnOpenSheetIsAuditedWithItsHashAndReason()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtItem(3);
        await chat.SendFile(user, EvidenceFiles.Photo());
        var doc = chat.AttachmentDocs()[0];

        var removed = chat.Attachments().Remove(new Actor(0, "admin-api", "admin-api"), doc.Id, "拍错了村");

        Assert.True(removed.Ok);
        Assert.Empty(chat.AttachmentDocs());
        Assert.Equal((0, 0), chat.StoredFiles());
        var audit = chat.Audit().Last();
        Assert.Equal((AuditActions.AttachmentRemoved, "admin-api", 0, 2), (audit.Action, audit.MemberName, audit.Category!.Value, audit.Item!.Value));
        Assert.Contains($"sha256:{doc.Sha256}", audit.Detail);
        Assert.Contains("reason: 拍错了村", audit.Detail);
    }
}
