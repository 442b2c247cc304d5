using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Storage.Contract;

/// <summary>
/// What every engine under <see cref="AppraisalStore"/> must do, written against the seam only. A provider's test class
/// inherits it and supplies <see cref="Open"/>; nothing else (see <see cref="LiteDbStoreContractTests"/>).
/// </summary>
public abstract class StoreContract : IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
    readonly AppraisalStore _store;

    protected StoreContract()
    {
        Directory.CreateDirectory(_folder);
        _store = Open(_folder);
    }

    /// <summary>A new, empty store of the provider, its data kept in <paramref name="folder"/>.</summary>
    protected abstract AppraisalStore Open(string folder);

    static VillageDoc Village(string name) => new() { Name = name, CreatedAt = new DateTime(2018, 1, 15, 1, 0, 0, DateTimeKind.Utc) };

    static AuditEntry Entry(int village, int minute) =>
        new() { Action = "test", PeriodId = 1, VillageId = village, At = new DateTime(2018, 1, 15, 1, minute, 0, DateTimeKind.Utc), MemberName = "t" };

    [Fact]
    public void AWriteCommitsEverythingItDidOrNothing()
    {
        Assert.Throws<InvalidOperationException>(() => _store.Write(() =>
        {
            _store.Setup.Villages.Insert(Village("新庄村"));
            _store.Audit.Add(Entry(1, 0));
            throw new InvalidOperationException("fails after both writes");
        }));
        Assert.Empty(_store.Setup.Villages.FindAll());
        Assert.Empty(_store.Audit.Entries.FindAll());

        _store.Write(() =>
        {
            _store.Setup.Villages.Insert(Village("新庄村"));
            _store.Audit.Add(Entry(1, 0));
        });
        Assert.Single(_store.Setup.Villages.FindAll());
        Assert.Single(_store.Audit.Entries.FindAll());
    }

    [Fact]
    public void ANestedWriteJoinsTheOuterTransactionAndRollsBackWithIt()
    {
        Assert.Throws<InvalidOperationException>(() => _store.Write(() =>
        {
            _store.Write(() => _store.Setup.Villages.Insert(Village("东湾村"))); // commits nothing on its own
            Assert.True(_store.InTransaction);
            throw new InvalidOperationException("the outer one fails");
        }));
        Assert.Empty(_store.Setup.Villages.FindAll());
    }

    [Fact]
    public void TheAfterCommitHookRunsOnlyOnceTheTransactionHasCommitted()
    {
        var ran = new List<string>();
        _store.Write(() =>
        {
            _store.Setup.Villages.Insert(Village("西坪村"));
            _store.AfterCommit(() => ran.Add("committed"));
            Assert.Empty(ran);
        });
        Assert.Equal(["committed"], ran);

        Assert.Throws<InvalidOperationException>(() => _store.Write(() =>
        {
            _store.AfterCommit(() => ran.Add("rolled back"));
            throw new InvalidOperationException("rolls back");
        }));
        Assert.Equal(["committed"], ran);

        _store.AfterCommit(() => ran.Add("outside"));
        Assert.Equal(["committed", "outside"], ran);
    }

    [Fact]
    public void IdsAreAssignedAndDocumentsFoundByIdAndByIndexKey()
    {
        _store.Write(() =>
        {
            foreach (var name in new[] { "甲村", "乙村", "丙村" }) _store.Setup.Villages.Insert(Village(name));
        });
        var villages = _store.Setup.Villages.FindAll().ToList();
        Assert.Equal([1, 2, 3], villages.Select(v => v.Id));
        Assert.Equal("乙村", _store.Setup.Villages.FindById(2)!.Name);
        Assert.Equal(3, _store.Setup.Villages.FindOne(v => v.Name == "丙村")!.Id);
        Assert.Null(_store.Setup.Villages.FindById(9));
    }

    [Fact]
    public void KeyRangesOnIndexesAndOnStringIds()
    {
        _store.Write(() =>
        {
            for (var minute = 0; minute < 10; minute++) _store.Audit.Add(Entry(minute % 2 + 1, minute));
            foreach (var (village, category) in new[] { (1, 0), (1, 1), (12, 0), (2, 0) })
                _store.Scores.Items.Insert(new ItemScoreDoc { Id = ItemScoreDoc.Key(1, village, category, 0), PeriodId = 1, VillageId = village, Category = category, Value = 1 });
        });
        var from = new DateTime(2018, 1, 15, 1, 3, 0, DateTimeKind.Utc);
        var until = new DateTime(2018, 1, 15, 1, 7, 0, DateTimeKind.Utc);
        Assert.Equal([3, 4, 5, 6], _store.Audit.Entries.Find(a => a.At >= from && a.At < until).Select(a => a.At.Minute));
        Assert.Equal([3, 5], _store.Audit.Entries.Find(a => a.At >= from && a.At < until && a.VillageId == 2).Select(a => a.At.Minute));
        Assert.Equal(5, _store.Audit.Entries.Count(a => a.VillageId == 1));
        Assert.Equal([0, 2, 5, 8], _store.Audit.Entries.Find(a => a.VillageId == 1 && (a.At < from || a.At >= until) || a.At == from.AddMinutes(2)).Select(a => a.At.Minute));
        // The prefix of village 1 is not that of village 12.
        Assert.Equal([ItemScoreDoc.Key(1, 1, 0, 0), ItemScoreDoc.Key(1, 1, 1, 0)],
            _store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(1, 1)).Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PagesComeNewestFirstWithTheTotalAndAnEmptyPageBeyondTheEnd()
    {
        _store.Write(() =>
        {
            for (var minute = 0; minute < 7; minute++) _store.Audit.Add(Entry(minute % 2 + 1, minute));
        });
        var first = _store.Audit.Page(null, null, null, null, 0, 3);
        Assert.Equal(7, first.Total);
        Assert.Equal([7L, 6L, 5L], first.Items.Select(a => a.Id));
        var last = _store.Audit.Page(null, null, null, null, 6, 3);
        Assert.Equal([1L], last.Items.Select(a => a.Id));
        Assert.Empty(_store.Audit.Page(null, null, null, null, 30, 3).Items);
        var village = _store.Audit.Page(2, null, null, null, 0, 2);
        Assert.Equal(3, village.Total);
        Assert.Equal([6L, 4L], village.Items.Select(a => a.Id));
        var oldest = _store.Audit.Entries.Page(null, newestFirst: false, 0, 2);
        Assert.Equal([1L, 2L], oldest.Items.Select(a => a.Id));
        // The same without the count: the first of a filter, either way.
        Assert.Equal([1L, 3L], _store.Audit.Entries.Take(a => a.VillageId == 1, newestFirst: false, 2).Select(a => a.Id));
        Assert.Equal([6L, 4L, 2L], _store.Audit.Entries.Take(a => a.VillageId == 2, newestFirst: true, 5).Select(a => a.Id));
        Assert.Empty(_store.Audit.Entries.Take(null, newestFirst: true, 0));
    }

    [Fact]
    public void AFilterNoIndexAnswersIsRefusedWithASentence()
    {
        var e = Assert.Throws<NotSupportedException>(() => _store.Audit.Entries.Find(a => a.Action == "test").ToList());
        Assert.Contains("'audit'", e.Message);
        Assert.Contains("Action, which is not indexed", e.Message);
        Assert.Throws<NotSupportedException>(() => _store.Roster.Members.Find(m => m.Name.StartsWith("张")).ToList());
    }

    [Fact]
    public void UpdatesUpsertsAndDeletes()
    {
        var member = new MemberDoc { Name = "张三", Roles = [Role.Examiner], CreatedAt = DateTime.UtcNow };
        _store.Write(() => _store.Roster.Members.Insert(member));
        member.Name = "张三丰";
        Assert.True(_store.Write(() => _store.Roster.Members.Update(member)));
        Assert.Equal("张三丰", _store.Roster.Members.FindById(member.Id)!.Name);
        Assert.True(_store.Write(() => _store.Roster.Accounts.Upsert(new AccountDoc { Id = "web:1", MemberId = member.Id })));
        Assert.False(_store.Write(() => _store.Roster.Accounts.Upsert(new AccountDoc { Id = "web:1", MemberId = member.Id, Language = "en" })));
        Assert.Equal("en", _store.Roster.Accounts.FindById("web:1")!.Language);
        Assert.Equal(1, _store.Write(() => _store.Roster.Accounts.DeleteMany(a => a.MemberId == member.Id)));
        Assert.True(_store.Write(() => _store.Roster.Members.Delete(member.Id)));
        Assert.Equal(0, _store.Roster.Members.Count());
    }

    [Fact]
    public void ATownNeverReadsAnotherTownsRows()
    {
        var (a, b) = (TownScope.DefaultTownId, TownScope.DefaultTownId + 1);
        var at = new DateTime(2018, 1, 15, 1, 0, 0, DateTimeKind.Utc);
        foreach (var (town, names) in new[] { (a, new[] { "新庄村", "东湾村" }), (b, new[] { "新庄村", "西坪村", "南岭村" }) })
            using (TownScope.Enter(town))
                _store.Write(() =>
                {
                    // The same name in two towns is two villages.
                    foreach (var name in names) _store.Setup.Villages.Insert(Village(name));
                    for (var minute = 0; minute < names.Length; minute++) _store.Audit.Add(Entry(1, minute));
                    _store.Scores.Items.Insert(new ItemScoreDoc { Id = ItemScoreDoc.Key(town, 1, 0, 0), PeriodId = town, VillageId = 1, Value = town });
                });

        VillageDoc[] ofA, ofB;
        using (TownScope.Enter(a)) ofA = [.. _store.Setup.Villages.FindAll()];
        using (TownScope.Enter(b)) ofB = [.. _store.Setup.Villages.FindAll()];
        Assert.Equal(["新庄村", "东湾村"], ofA.Select(v => v.Name));
        Assert.Equal(["新庄村", "西坪村", "南岭村"], ofB.Select(v => v.Name));
        Assert.All(ofA, v => Assert.Equal(a, v.TownId));
        Assert.All(ofB, v => Assert.Equal(b, v.TownId));

        using (TownScope.Enter(a))
        {
            var theirs = ofB[1];
            Assert.Null(_store.Setup.Villages.FindById(theirs.Id));
            Assert.Equal(ofA[0].Id, _store.Setup.Villages.FindOne(v => v.Name == "新庄村")!.Id);
            Assert.Empty(_store.Setup.Villages.Find(v => v.Name == "西坪村"));
            Assert.Equal(2, _store.Setup.Villages.Count());
            Assert.Equal(2, _store.Audit.Page(null, null, null, null, 0, 10).Total);
            Assert.Equal(2, _store.Audit.Entries.Count(e => e.VillageId == 1));
            Assert.Empty(_store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(b, 1)));
            Assert.Single(_store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(a, 1)));
            // Nothing of the other town is changed through this one: not by id, not by filter, not by a stale document.
            Assert.False(_store.Write(() => _store.Setup.Villages.Delete(theirs.Id)));
            Assert.Equal(0, _store.Write(() => _store.Setup.Villages.DeleteMany(v => v.Name == "西坪村")));
            Assert.Throws<InvalidOperationException>(() => _store.Write(() => _store.Setup.Villages.Update(theirs)));
            Assert.Throws<InvalidOperationException>(() => _store.Write(() =>
                _store.Setup.Villages.Upsert(new VillageDoc { Id = theirs.Id, Name = "抢来的村" })));
            // A new document takes the current town.
            var added = Village("北山村");
            _store.Write(() => _store.Setup.Villages.Insert(added));
            Assert.Equal(a, added.TownId);
        }
        using (TownScope.Enter(b))
        {
            Assert.Equal(["新庄村", "西坪村", "南岭村"], _store.Setup.Villages.FindAll().Select(v => v.Name));
            Assert.Equal(3, _store.Audit.Entries.Count());
            Assert.Equal(b, _store.Scores.Items.FindById(ItemScoreDoc.Key(b, 1, 0, 0))!.Value);
        }
    }

    [Fact]
    public void FilesBytesCommitAndRollBackWithTheirRecords()
    {
        byte[] bytes = [1, 2, 3, 250];
        Assert.Throws<InvalidOperationException>(() => _store.Write(() =>
        {
            _store.Evidence.Files.Upload("a", "a.bin", bytes);
            throw new InvalidOperationException("rolls back");
        }));
        Assert.Null(_store.Evidence.Files.Download("a"));
        _store.Write(() => _store.Evidence.Files.Upload("a", "a.bin", bytes));
        Assert.Equal(bytes, _store.Evidence.Files.Download("a"));
        Assert.True(_store.Write(() => _store.Evidence.Files.Delete("a")));
        Assert.Null(_store.Evidence.Files.Download("a"));
    }

    public sealed class Session
    {
        public int Village { get; set; }
        public List<string> Typed { get; set; } = [];
    }

    [Fact]
    public void ADialogsSessionIsStoredOpaquelyAndReadBack()
    {
        var codec = _store.Conversations.Sessions;
        _store.Write(() => _store.Conversations.Conversations.Upsert(new ChatAppraisal.Conversations.ConversationDoc
        {
            Id = "web:1", Dialog = "score", Session = codec.Pack(new Session { Village = 3, Typed = ["新庄", "19"] }),
        }));
        var read = codec.Unpack<Session>(_store.Conversations.Conversations.FindById("web:1")!.Session!);
        Assert.Equal(3, read.Village);
        Assert.Equal(["新庄", "19"], read.Typed);
    }

    [Fact]
    public async Task ConcurrentWritersAreSerializedAndNoneIsLost()
    {
        _store.Write(() => _store.Setup.Villages.Insert(Village("计数村")));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
                _store.Write(() =>
                {
                    var village = _store.Setup.Villages.FindById(1)!;
                    village.Sample = !village.Sample;
                    village.CreatedAt = village.CreatedAt.AddMinutes(1);
                    _store.Setup.Villages.Update(village);
                    _store.Audit.Add(Entry(1, 0));
                });
        })));
        Assert.Equal(new DateTime(2018, 1, 15, 1, 0, 0, DateTimeKind.Utc).AddMinutes(200), _store.Setup.Villages.FindById(1)!.CreatedAt);
        Assert.Equal(200, _store.Audit.Entries.Count());
    }

    [Fact]
    public async Task AReadDoesNotWaitForAWriter()
    {
        _store.Write(() => _store.Setup.Villages.Insert(Village("读村")));
        using var writing = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var writer = Task.Run(() => _store.Write(() =>
        {
            _store.Setup.Villages.Insert(Village("写村"));
            writing.Set();
            release.Wait(TimeSpan.FromSeconds(10));
        }));
        Assert.True(writing.Wait(TimeSpan.FromSeconds(10)));
        var read = await Task.Run(() => _store.Read(() => _store.Setup.Villages.FindAll().Select(v => v.Name).ToList())).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["读村"], read); // the writer's village is not committed yet
        release.Set();
        await writer;
        Assert.Equal(2, _store.Setup.Villages.Count());
    }

    [Fact]
    public async Task AReadSeesOneCommittedStateWhateverCommitsMeanwhile()
    {
        _store.Write(() =>
        {
            _store.Setup.Villages.Insert(Village("甲村"));
            _store.Audit.Add(Entry(1, 0));
        });
        using var readFirst = new ManualResetEventSlim();
        using var writerDone = new ManualResetEventSlim();
        Task? writer = null;
        var (villages, audit) = await Task.Run(() => _store.Read(() =>
        {
            var first = _store.Setup.Villages.FindAll().Select(v => v.Name).ToList();
            // A writer changes both collections while this read is between them; its work finishes, its commit may wait.
            writer = Task.Run(() => _store.Write(() =>
            {
                _store.Setup.Villages.Insert(Village("乙村"));
                _store.Audit.Add(Entry(2, 1));
                writerDone.Set();
            }));
            Assert.True(writerDone.Wait(TimeSpan.FromSeconds(10)));
            Thread.Sleep(50); // where the engine lets it, the commit lands now
            var second = _store.Audit.Entries.FindAll().Select(a => a.VillageId).ToList();
            return (first, second);
        })).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(["甲村"], villages);
        Assert.Equal([(int?)1], audit); // the same state as the villages read first: not the writer's entry
        await writer!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _store.Read(() => _store.Audit.Entries.Count()));
        Assert.Equal(2, _store.Read(() => _store.Setup.Villages.Count()));
    }

    [Fact]
    public void AWriteInsideAReadIsRefusedAndAReadInsideAWriteSeesItsChanges()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => _store.Read(() => _store.Write(() => _store.Setup.Villages.Insert(Village("丙村")))));
        Assert.Contains("store.Read", refused.Message);
        Assert.Equal(0, _store.Setup.Villages.Count());
        var seen = _store.Write(() =>
        {
            _store.Setup.Villages.Insert(Village("丁村"));
            return _store.Read(() => _store.Read(() => _store.Setup.Villages.Count())); // nested reads join the transaction
        });
        Assert.Equal(1, seen);
    }

    public void Dispose()
    {
        _store.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
