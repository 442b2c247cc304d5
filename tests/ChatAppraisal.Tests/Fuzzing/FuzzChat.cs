using ChatAppraisal.Storage.LiteDb;
using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using FsCheck;
using FsCheck.Fluent;
using ChatAppraisal.Towns;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.IO.Compression;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>What is stored that an input may change: item scores, ratings, seals, confirmations, and the audit's end.</summary>
public sealed record Snapshot(
    IReadOnlyDictionary<string, decimal> Scores,
    IReadOnlyDictionary<string, string> Ratings,
    IReadOnlySet<string> Seals,
    IReadOnlyDictionary<string, decimal> Confirmations,
    long LastAuditId)
{
    /// <summary>The differences, one per line; empty when both hold the same.</summary>
    public string Differences(Snapshot after)
    {
        var lines = new List<string>();
        foreach (var key in Scores.Keys.Union(after.Scores.Keys))
            if (Scores.GetValueOrDefault(key, -1) != after.Scores.GetValueOrDefault(key, -1))
                lines.Add($"score {key}: {Show(Scores, key)} → {Show(after.Scores, key)}");
        foreach (var key in Ratings.Keys.Union(after.Ratings.Keys))
            if (Ratings.GetValueOrDefault(key) != after.Ratings.GetValueOrDefault(key))
                lines.Add($"rating {key}: {Ratings.GetValueOrDefault(key) ?? "none"} → {after.Ratings.GetValueOrDefault(key) ?? "none"}");
        if (!Seals.SetEquals(after.Seals)) lines.Add($"seals: {string.Join(",", Seals)} → {string.Join(",", after.Seals)}");
        foreach (var key in Confirmations.Keys.Union(after.Confirmations.Keys))
            if (Confirmations.GetValueOrDefault(key, -1) != after.Confirmations.GetValueOrDefault(key, -1))
                lines.Add($"confirmation {key}: {Show(Confirmations, key)} → {Show(after.Confirmations, key)}");
        if (LastAuditId != after.LastAuditId) lines.Add($"audit: last id {LastAuditId} → {after.LastAuditId}");
        return string.Join("\n", lines);
    }

    static string Show(IReadOnlyDictionary<string, decimal> values, string key) =>
        values.TryGetValue(key, out var v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
}

/// <summary>What one fuzz update did.</summary>
public sealed record FuzzOutcome(IReadOnlyList<Reply> Replies, Snapshot Before, Snapshot After, bool Refused, string PositionBefore, string PositionAfter)
{
    /// <summary>For FsCheck's distribution report: refused, stored something, or moved on without storing.</summary>
    public string Kind => Refused ? "refused" : Before.Differences(After).Length > 0 ? "stored" : "moved on";

    /// <summary>A passing property labelled with <see cref="Kind"/>, so a run shows how often each happened.</summary>
    public Property Labelled => Prop.ToProperty(true).Collect(Kind);
}

/// <summary>
/// The real engine over a real LiteDB file (<see cref="ChatHarness"/>) with the users fuzzing needs, and the checks
/// every fuzzed update must pass: it gets a reply, nothing escapes or is logged as an error, no stored score or rating
/// leaves its range or has more than 2 decimals, every stored change has its audit entry, and an input that leaves
/// its user where they were (a refusal) changes nothing stored. The file holds two towns: the default one, where most
/// users are, and 柳河镇 with villages, scores, a seal and an official of its own. Whatever a member of one town sends
/// changes nothing of the other town, and no reply (text, buttons, captions, documents) names the other town's villages
/// or members unless the input typed the name.
/// </summary>
public sealed class FuzzChat : IDisposable
{
    static readonly string[] SorryTexts = [Texts.For("zh").Sorry, Texts.For("en").Sorry];
    long _updateId = 1_000_000;
    readonly Dictionary<int, Snapshot> _last = [];

    /// <summary>
    /// By town, the other town's names its members have typed themselves (a reason, a note): the bot may show those back to
    /// that town later (a stored reason on its sheet), and that is not the other town's data.
    /// </summary>
    readonly Dictionary<int, HashSet<string>> _typedByTown = [];

    public FuzzChat()
    {
        Chat = new ChatHarness();
        try
        {
            var sealedVillage = Chat.Db.AddVillage("南岭村");
            Examiner = Chat.Examiner();
            Leader = Chat.Member("刘书记", Role.Leader);
            Official = Chat.Member("王主任", Role.Examiner, Role.GroupLeader, Role.Leader, Role.Office, Role.Admin);
            Stranger = new ChatUser("test", "stranger", "陌生人");
            Engine = (ConversationEngine)Chat.Engine;
            Rubric = Chat.Period.Rubric;
            Villages = Chat.Db.Store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();

            // One village is sealed, so every prompt also meets a sheet that refuses changes.
            var signer = new Actor(0, "组长", "test");
            Chat.Db.ScoreBook.SetItems(signer, Chat.Period, sealedVillage.Id, 0, [(0, 19m), (1, 5.5m)]);
            new Sheets(Chat.Db.Store, Chat.Db.Clock).Seal(signer, Chat.Period, sealedVillage.Id);
            SealedVillage = sealedVillage.Id;

            // The second town, filled like the first; its names appear nowhere else.
            OtherTown = Chat.Services.GetRequiredService<TownList>().Add("柳河镇").Town!.Id;
            using (TownScope.Enter(OtherTown))
            {
                var theirs = new[] { "柳河村", "北坡村" }.Select(Chat.Db.AddVillage).ToList();
                OtherOfficial = Chat.Member("赵柳河", Role.Examiner, Role.GroupLeader, Role.Leader, Role.Office, Role.Admin);
                var otherExaminer = Chat.Member("钱北坡", Role.Examiner);
                var theirSigner = new Actor(0, "柳河组长", "test");
                Chat.Db.ScoreBook.SetItems(theirSigner, Chat.Period, theirs[0].Id, 0, [(0, 17m), (1, 4.5m)]);
                Chat.Db.ScoreBook.SetItems(theirSigner, Chat.Period, theirs[1].Id, 1, [(0, 3m)]);
                new Sheets(Chat.Db.Store, Chat.Db.Clock).Seal(theirSigner, Chat.Period, theirs[0].Id);
                OtherTownNames = [.. theirs.Select(v => v.Name), "赵柳河", "钱北坡", "柳河组长"];
            }
            // 新庄村 and 郑亚娜 are also the texts' examples ("例如：新庄村 18 9 5"), which every town reads.
            TownNames = [.. Villages.Select(v => v.Name).Where(n => n != "新庄村"), "刘书记", "王主任"];

            OneShotCommands = Engine.Commands.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            CommandNames = [.. Engine.Dialogs.Select(d => d.Name), .. OneShotCommands, "help", "cancel", "back", "start", "lang"];
            // The other town's villages too: typing them must reach nothing of theirs.
            Names = [.. Villages.Select(v => v.Name), .. Rubric.Categories.Select(c => c.Name), .. Rubric.Categories.Select(c => c.Alias), "柳河村", "北坡村"];
        }
        catch
        {
            Chat.Dispose();
            throw;
        }
    }

    public ChatHarness Chat { get; }
    public ConversationEngine Engine { get; }
    public Rubric Rubric { get; }
    public IReadOnlyList<VillageDoc> Villages { get; }
    public int SealedVillage { get; }
    public ChatUser Examiner { get; }
    public ChatUser Leader { get; }
    public ChatUser Official { get; }
    public ChatUser Stranger { get; }

    /// <summary>The second town's id, and its official holding every role but the county's.</summary>
    public int OtherTown { get; }
    public ChatUser OtherOfficial { get; }

    /// <summary>Each town's village and member names, which no reply to the other town's members may show.</summary>
    public IReadOnlyList<string> TownNames { get; }
    public IReadOnlyList<string> OtherTownNames { get; }

    /// <summary>The town a user belongs to (a stranger is outside any, as the default town's work).</summary>
    public int TownOf(ChatUser user) => user == OtherOfficial ? OtherTown : TownScope.DefaultTownId;
    public IReadOnlyList<string> CommandNames { get; }
    public IReadOnlySet<string> OneShotCommands { get; }

    /// <summary>Village names, category names and aliases: words the generators mix into messages.</summary>
    public IReadOnlyList<string> Names { get; }

    AppraisalStore Store => Chat.Db.Store;
    ILiteCollection<ConversationDoc> Conversations => Store.LiteDatabase().GetCollection<ConversationDoc>("conversations");
    ILiteCollection<CategoryConfirmationDoc> Confirmations => Store.LiteDatabase().GetCollection<CategoryConfirmationDoc>("category_confirmations");

    public ConversationDoc Conversation(ChatUser user) =>
        Conversations.FindById(AccountDoc.Key(user.Channel, user.UserId)) ?? new ConversationDoc();

    /// <summary>Where the user stands: the open dialog and its whole session (fields in name order, null ones left out as the mapper does).</summary>
    public string Position(ChatUser user)
    {
        var doc = Conversation(user);
        var stored = Store.LiteDatabase().GetCollection("conversations").FindById(AccountDoc.Key(user.Channel, user.UserId))?["Session"];
        var session = stored is not { IsDocument: true } ? "" : string.Join(", ",
            stored.AsDocument.Where(f => !f.Value.IsNull).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        return $"{doc.Dialog ?? "(idle)"} {session}";
    }

    /// <summary>Puts the user into a dialog at a given session (as an earlier conversation would have), then asks for the prompt with /help.</summary>
    public void PutAt(ChatUser user, string? dialog, object? session)
    {
        Store.Write(() =>
        {
            var key = AccountDoc.Key(user.Channel, user.UserId);
            var doc = Conversations.FindById(key) ?? new ConversationDoc { Id = key };
            doc.Dialog = dialog;
            doc.Session = session is null ? null : new StoredSession(Store.LiteDatabase().Mapper.ToDocument(session.GetType(), session));
            Conversations.Upsert(doc);
        });
        Deliver(new ChatUpdate(user, Interlocked.Increment(ref _updateId), Text: "/help"));
    }

    public Snapshot Snapshot() => new(
        Store.Scores.Items.FindAll().ToDictionary(s => s.Id, s => s.Value),
        Store.Scores.Ratings.FindAll().ToDictionary(r => r.Id, r => string.Join(" ", r.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        Store.Scores.Seals.FindAll().Select(s => s.Id).ToHashSet(),
        // Read from the file itself, so filtered by the current town here.
        Confirmations.Find(c => c.TownId == TownScope.Current).ToDictionary(c => c.Id, c => c.Score),
        LastAuditId());

    long LastAuditId() => Store.Audit.Entries.FindAll().Select(a => a.Id).DefaultIfEmpty(0).Max();

    /// <summary>Sends the input (and its follow-up press) and checks every general property; returns what the first update did.</summary>
    public FuzzOutcome Run(ChatUser user, FuzzInput input)
    {
        var outcome = RunOne(user, input, ToUpdate(user, input));
        if (input.Then is { } then)
            RunOne(user, new FuzzInput(Button: then), ToUpdate(user, new FuzzInput(Button: then)));
        return outcome;
    }

    FuzzOutcome RunOne(ChatUser user, FuzzInput input, ChatUpdate update)
    {
        var town = TownOf(user);
        var otherTown = town == OtherTown ? TownScope.DefaultTownId : OtherTown;
        Snapshot otherBefore;
        using (TownScope.Enter(otherTown)) otherBefore = Snapshot();
        FuzzOutcome outcome;
        using (TownScope.Enter(town)) outcome = RunInTown(user, input, update, town);
        var context = $"input {input}\nby {user.DisplayName} of town {town}\nreplies:\n{Describe(outcome.Replies)}";
        using (TownScope.Enter(otherTown))
        {
            var changed = otherBefore.Differences(Snapshot());
            Assert.True(changed.Length == 0, $"A member of town {town} changed town {otherTown}'s records:\n{changed}\n{context}");
        }
        var otherNames = town == OtherTown ? TownNames : OtherTownNames;
        var typedHere = _typedByTown.TryGetValue(town, out var known) ? known : _typedByTown[town] = [];
        var typed = (update.Text ?? "") + (update.ButtonData ?? "");
        typedHere.UnionWith(otherNames.Where(n => typed.Contains(n, StringComparison.Ordinal)));
        CheckNothingOfTheOtherTown(outcome.Replies, otherNames.Except(typedHere).ToList(), context);
        return outcome;
    }

    FuzzOutcome RunInTown(ChatUser user, FuzzInput input, ChatUpdate update, int town)
    {
        // Reading the store is most of a case's cost: reuse the last snapshot while nothing was audited since (setup goes through the score book).
        var before = _last.GetValueOrDefault(town) is { } last && last.LastAuditId == LastAuditId() ? last : Snapshot();
        var positionBefore = Position(user);
        var replies = Deliver(update);
        var after = _last[town] = Snapshot();
        var positionAfter = Position(user);
        var text = update.Text?.Trim() ?? "";
        var context = $"input {input}\nat {positionBefore}\nreplies:\n{Describe(replies)}";

        CheckReplies(replies, update, context);
        CheckStoredValues(after);
        CheckAudit(before, after, context);

        var expect = input.Expect;
        if (update.ButtonData is null && !update.Unsupported && text.Length > ConversationEngine.MaxTextLength) expect = Expect.Refusal;
        var refused = positionAfter == positionBefore && !IsOneShotCommand(update);
        if (expect == Expect.Refusal)
            Assert.True(positionAfter == positionBefore, $"An input built to be refused moved the user to {positionAfter}\n{context}");
        if (refused)
        {
            var changed = before.Differences(after);
            Assert.True(changed.Length == 0, $"A refused input (the user stayed at the prompt) changed what is stored:\n{changed}\n{context}");
        }
        return new FuzzOutcome(replies, before, after, refused, positionBefore, positionAfter);
    }

    public IReadOnlyList<Reply> Deliver(ChatUpdate update)
    {
        // HandleAsync promises never to throw; any exception here fails the property with the input that caused it.
        var replies = Engine.HandleAsync(update).GetAwaiter().GetResult();
        lock (Chat.Logs.Entries)
        {
            var errors = Chat.Logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
            Assert.True(errors.Count == 0,
                $"The engine logged an error for {FuzzText.Show(update.Text)} / {FuzzText.Show(update.ButtonData)}:\n" +
                string.Join("\n", errors.Select(e => $"{e.Message}\n{e.Exception}")));
        }
        return replies;
    }

    public ChatUpdate ToUpdate(ChatUser user, FuzzInput input)
    {
        var id = Interlocked.Increment(ref _updateId);
        if (input.Unsupported) return new ChatUpdate(user, id, Unsupported: true);
        if (input.Button is null) return new ChatUpdate(user, id, Text: input.Text);
        var doc = Conversation(user);
        var buttons = doc.PromptButtons;
        string Nth(int index) => buttons.Count == 0 ? $"{doc.ButtonGeneration}|none" : buttons[index % buttons.Count].Data;
        var data = input.Button switch
        {
            Press.Current c => Nth(c.Index),
            Press.Labelled l => buttons.FirstOrDefault(b => b.Label.StartsWith(l.Label, StringComparison.Ordinal))?.Data ?? Nth(0),
            Press.Stale s => WithGeneration(Nth(s.Index), doc.ButtonGeneration - s.Back),
            Press.Forged f => Press.Cut($"{doc.ButtonGeneration}|{f.Payload}"),
            Press.Raw r => r.Data,
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
        return new ChatUpdate(user, id, ButtonData: data, ButtonMessageId: id % 2 == 0 ? $"m{id}" : null);
    }

    static string WithGeneration(string data, int generation)
    {
        var bar = data.IndexOf('|');
        return Press.Cut($"{generation}{data[bar..]}");
    }

    bool IsOneShotCommand(ChatUpdate update)
    {
        var text = update.Text?.Trim() ?? "";
        if (update.ButtonData is not null || !text.StartsWith('/') || text.Length > ConversationEngine.MaxTextLength) return false;
        var space = text.IndexOfAny([' ', '\u3000', '\n', '\t']);
        return OneShotCommands.Contains(space < 0 ? text[1..] : text[1..space]);
    }

    /// <summary>Every input gets a reply; every reply can be sent by any channel (Telegram's limits) and none is the apology for a failure.</summary>
    static void CheckReplies(IReadOnlyList<Reply> replies, ChatUpdate update, string context)
    {
        Assert.True(replies.Count > 0, $"No reply\n{context}");
        var inputHasLoneSurrogate = FuzzText.HasLoneSurrogate(update.Text ?? "") || FuzzText.HasLoneSurrogate(update.ButtonData ?? "");
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply t:
                    Assert.False(string.IsNullOrWhiteSpace(t.Text), $"An empty reply\n{context}");
                    Assert.True(t.Text.Length <= 4096, $"A reply of {t.Text.Length} characters (Telegram allows 4096)\n{context}");
                    Assert.DoesNotContain(t.Text, SorryTexts);
                    if (!inputHasLoneSurrogate) Assert.False(FuzzText.HasLoneSurrogate(t.Text), $"A reply with a broken character\n{context}");
                    foreach (var button in (t.Buttons ?? []).SelectMany(row => row))
                    {
                        Assert.False(string.IsNullOrWhiteSpace(button.Label), $"A button without a label\n{context}");
                        var bytes = Encoding.UTF8.GetByteCount(button.Data);
                        Assert.True(bytes is >= 1 and <= 64, $"Button data of {bytes} bytes\n{context}");
                    }
                    break;
                case ImageReply image:
                    Assert.NotEmpty(image.Png);
                    break;
                case DocumentReply document:
                    Assert.NotEmpty(document.Content);
                    Assert.False(string.IsNullOrWhiteSpace(document.FileName));
                    break;
            }
        }
    }

    /// <summary>No reply names a village or member of the other town (<paramref name="otherNames"/>: those its members never typed).</summary>
    static void CheckNothingOfTheOtherTown(IReadOnlyList<Reply> replies, IReadOnlyList<string> otherNames, string context)
    {
        var shown = string.Join("\n", replies.Select(reply => reply switch
        {
            TextReply t => t.Text + " " + string.Join(" ", (t.Buttons ?? []).SelectMany(row => row).Select(b => b.Label)),
            ImageReply image => image.Caption,
            DocumentReply document => document.FileName + " " + document.Caption + " " + Unzipped(document.Content),
            _ => "",
        }));
        foreach (var name in otherNames)
            Assert.False(shown.Contains(name, StringComparison.Ordinal), $"A reply names {name}, of the other town\n{context}");
    }

    /// <summary>The text inside a document that is a zip (a workbook), or nothing.</summary>
    static string Unzipped(byte[] content)
    {
        if (content is not [(byte)'P', (byte)'K', ..]) return System.Text.Encoding.UTF8.GetString(content);
        using var zip = new ZipArchive(new MemoryStream(content));
        return string.Join("\n", zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), System.Text.Encoding.UTF8);
            return reader.ReadToEnd();
        }));
    }

    /// <summary>No stored score is outside its item's range or has more than 2 decimals; the same for ratings and their caps.</summary>
    public void CheckStoredValues(Snapshot stored)
    {
        foreach (var (id, value) in stored.Scores)
        {
            // The key is "period:village:category:item".
            var key = id.Split(':').Select(int.Parse).ToArray();
            Assert.InRange(key[2], 0, Rubric.Categories.Count - 1);
            var items = Rubric.Categories[key[2]].Items;
            Assert.InRange(key[3], 0, items.Count - 1);
            Assert.True(Points.IsValid(value, items[key[3]].Max),
                $"Stored score {value} for {id} outside 0–{items[key[3]].Max} or with more than 2 decimals");
        }
        foreach (var (id, text) in stored.Ratings)
        {
            var values = text.Split(' ').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Rubric.Categories.Count, values.Count);
            for (var i = 0; i < values.Count; i++)
                Assert.True(Points.IsValid(values[i], Rubric.Categories[i].LeaderCap),
                    $"Stored rating {values[i]} for category {i + 1} of {id} outside 0–{Rubric.Categories[i].LeaderCap} or with more than 2 decimals");
        }
    }

    /// <summary>Every changed score, rating and seal has its audit entry from the same update, and every score entry matches a change.</summary>
    void CheckAudit(Snapshot before, Snapshot after, string context)
    {
        Assert.True(after.LastAuditId >= before.LastAuditId, "The audit trail lost entries");
        var entries = Store.Audit.Entries.Find(a => a.Id > before.LastAuditId).ToList();

        var changedScores = before.Scores.Keys.Union(after.Scores.Keys)
            .Where(k => before.Scores.GetValueOrDefault(k, -1) != after.Scores.GetValueOrDefault(k, -1))
            .ToDictionary(k => k, k => after.Scores.TryGetValue(k, out var v) ? v : (decimal?)null);
        var scoreEntries = entries.Where(a => a.Action is AuditActions.ScoreSet or AuditActions.ScoreCleared)
            .Select(a => (Key: ItemScoreDoc.Key(a.PeriodId, a.VillageId ?? -1, a.Category ?? -1, a.Item ?? -1), a.New)).ToList();
        Assert.True(scoreEntries.Count == changedScores.Count
                    && scoreEntries.All(e => changedScores.TryGetValue(e.Key, out var v) && v == e.New),
            $"Score changes and their audit entries differ:\nchanged {string.Join(", ", changedScores)}\naudited {string.Join(", ", scoreEntries)}\n{context}");

        var ratingEntries = entries.Where(a => a.Action == AuditActions.RatingSet)
            .Select(a => LeaderRatingDoc.Key(a.PeriodId, a.VillageId ?? -1, a.MemberId ?? -1)).ToHashSet();
        foreach (var key in after.Ratings.Keys.Where(k => before.Ratings.GetValueOrDefault(k) != after.Ratings[k]))
            Assert.True(ratingEntries.Contains(key), $"Rating {key} changed without an audit entry\n{context}");
        foreach (var key in ratingEntries)
            Assert.True(after.Ratings.ContainsKey(key), $"An audit entry for rating {key}, which is not stored\n{context}");

        var sealEntries = entries.Where(a => a.Action is AuditActions.SheetSealed or AuditActions.SheetUnsealed).ToList();
        var sealChanges = before.Seals.Except(after.Seals).Count() + after.Seals.Except(before.Seals).Count();
        Assert.True(sealEntries.Count == sealChanges, $"{sealChanges} seal changes with {sealEntries.Count} audit entries\n{context}");
    }

    static string Describe(IReadOnlyList<Reply> replies) => string.Join("\n", replies.Select(r => r switch
    {
        TextReply t => FuzzText.Show(t.Text) + (t.Buttons is { Count: > 0 } b ? " " + string.Join(" | ", b.SelectMany(x => x).Select(x => x.Label)) : ""),
        _ => r.GetType().Name,
    }));

    public void Dispose() => Chat.Dispose();
}
