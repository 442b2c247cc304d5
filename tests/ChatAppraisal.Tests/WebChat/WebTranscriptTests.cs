using ChatAppraisal.Bot.Channels;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>
/// The browser chat's transcript keeps the last <see cref="WebTranscript.Keep"/> messages of a chat, on both providers:
/// the oldest go with their files as new ones come, and the count it keeps instead of counting on every message stays true,
/// also from a counter written before it was kept.
/// </summary>
public sealed class WebTranscriptTests
{
    public static TheoryData<string> Providers => ["litedb", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void AChatKeepsItsLastMessagesAndTheOldestGoWithTheirFiles(string provider)
    {
        using var database = provider == "postgres" ? new TestPostgres() : null;
        var folder = Directory.CreateTempSubdirectory("transcript-").FullName;
        try
        {
            using var store = database is null ? new AppraisalStore(Path.Combine(folder, "appraisal.db")) : StorageProviders.OpenPostgres(database.ConnectionString);
            using var signals = new WebChatSignals(store);
            var transcript = new WebTranscript(store, signals, TimeProvider.System,
                new Attachments(store, TimeProvider.System, Options.Create(new EvidenceOptions()), []));
            var files = new ChannelStore(store).WebFiles;
            const string chat = "m7", other = "m8";

            transcript.Deliver(chat, new DocumentReply([1, 2, 3], "评分表.xlsx"));
            transcript.AddFromMember(other, "另一个人的消息");
            for (var i = 1; i < WebTranscript.Keep; i++) transcript.AddFromMember(chat, $"消息 {i}");
            Assert.Equal(WebTranscript.Keep, transcript.Last(chat).Count);
            Assert.Equal(3, files.TotalBytes());

            // One more: the workbook, the oldest, goes with its bytes; the rest stay in order.
            transcript.AddFromMember(chat, $"消息 {WebTranscript.Keep}");
            var kept = transcript.Last(chat);
            Assert.Equal(WebTranscript.Keep, kept.Count);
            Assert.Equal("消息 1", kept[0].Text);
            Assert.Equal($"消息 {WebTranscript.Keep}", kept[^1].Text);
            Assert.Equal(0, files.TotalBytes());
            Assert.Single(transcript.Last(other));

            // A counter from before the count was kept: counted once, then kept again.
            var counters = new ChannelStore(store).WebCounters;
            store.Write(() =>
            {
                var counter = counters.FindById(WebCounterDoc.KeyOf(chat))!;
                Assert.Equal(WebTranscript.Keep, counter.Stored);
                counter.Stored = null;
                counters.Upsert(counter);
            });
            transcript.AddFromMember(chat, "升级之后");
            kept = transcript.Last(chat);
            Assert.Equal(WebTranscript.Keep, kept.Count);
            Assert.Equal("消息 2", kept[0].Text);
            Assert.Equal("升级之后", kept[^1].Text);
            Assert.Equal(WebTranscript.Keep, counters.FindById(WebCounterDoc.KeyOf(chat))!.Stored);
            Assert.Equal(WebTranscript.Keep, new ChannelStore(store).WebMessages.Count(m => m.ChatId == chat));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
