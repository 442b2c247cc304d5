using System.Security.Cryptography;
using System.Text.Json;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.Postgres;
using ChatAppraisal.Tests.Postgres;
using Npgsql;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary>What only the PostgreSQL engine has to show: the same records as the LiteDB file, its indexes, files, schema and failures.</summary>
public sealed class PostgresEngineTests : IDisposable
{
    readonly TestPostgres _database = new();
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));

    public PostgresEngineTests() => Directory.CreateDirectory(_folder);

    static readonly DateTime At = new(2018, 1, 15, 1, 2, 3, 456, DateTimeKind.Utc);

    sealed class Session
    {
        public decimal Typed { get; set; }
        public List<Role> Roles { get; set; } = [];
    }

    [Fact]
    public void EveryKindOfFieldReadsBackAsFromTheLiteDbFileWithDecimalsExact()
    {
        using var lite = new AppraisalStore(Path.Combine(_folder, "appraisal.db"));
        using var postgres = StorageProviders.OpenPostgres(_database.ConnectionString);
        var read = new List<string>();
        foreach (var store in new[] { lite, postgres })
        {
            store.Write(() =>
            {
                store.Audit.Add(new AuditEntry { Action = "score", PeriodId = 1, VillageId = 3, At = At, MemberName = "张三", Old = 1.50m, New = 0.1m + 0.2m, Detail = null });
                store.Audit.Add(new AuditEntry { Action = "big", PeriodId = 1, At = At, MemberName = "李四", Old = 79228162514264337593543950335m, New = -0.0000000001m });
                store.Setup.Periods.Insert(new PeriodDoc { Name = "2018年度", Policy = new ScoringPolicy { OnsiteWeight = 0.85m, LeaderWeight = 0.15m, LeaderAggregation = LeaderAggregation.Mean }, CreatedAt = At });
                store.Roster.Members.Insert(new MemberDoc { Name = "王五", Roles = [Role.Examiner, Role.Admin], CreatedAt = At, PreferredChannel = null });
                store.Roster.Invites.Insert(new InviteDoc { Id = "hash", Code = "never-stored", MemberId = 1, CreatedAt = At, ExpiresAt = At.AddDays(3) });
                store.Outbox.Messages.Insert(new OutboxDoc { Channel = "web", ChatId = "m1", Kind = "image", Content = [0, 1, 2, 255], Caption = "图", Origin = "reply", At = At,
                    Buttons = [[new StoredButton { Label = "满分", Data = "s:1" }]] });
                store.Conversations.Conversations.Upsert(new ConversationDoc { Id = "web:1", Dialog = "score", UpdatedAt = At,
                    Session = store.Conversations.Sessions.Pack(new Session { Typed = 2.50m, Roles = [Role.Leader] }) });
            });
            var session = store.Conversations.Sessions.Unpack<Session>(store.Conversations.Conversations.FindById("web:1")!.Session!);
            read.Add(JsonSerializer.Serialize(new object[]
            {
                store.Audit.Entries.FindAll().ToList(), store.Setup.Periods.FindAll().ToList(), store.Roster.Members.FindAll().ToList(),
                store.Roster.Invites.FindAll().ToList(), store.Outbox.Messages.FindAll().ToList(), session,
            }));
        }
        Assert.Equal(read[0], read[1]);
        var audit = postgres.Audit.Entries.FindAll().ToList();
        Assert.Equal("1.50", audit[0].Old!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.3m, audit[0].New);
        Assert.Equal(79228162514264337593543950335m, audit[1].Old);
        Assert.Equal(At, audit[0].At);
        Assert.Equal(DateTimeKind.Utc, audit[0].At.Kind);
        Assert.Equal("", postgres.Roster.Invites.FindById("hash")!.Code); // the mapping leaves the code out, as in the file
    }

    [Fact]
    public void FiltersOnNullsBoolsEnumsTimesAndLongsAnswerAsOnTheLiteDbFile()
    {
        using var lite = new AppraisalStore(Path.Combine(_folder, "appraisal.db"));
        using var postgres = StorageProviders.OpenPostgres(_database.ConnectionString);
        var answers = new List<string>();
        foreach (var store in new[] { lite, postgres })
        {
            store.Write(() =>
            {
                for (var i = 0; i < 6; i++)
                    store.Audit.Add(new AuditEntry { Action = "a", PeriodId = 1, VillageId = i % 3 == 0 ? null : i, MemberId = i, At = At.AddMinutes(i), MemberName = "m" });
                for (var i = 0; i < 4; i++)
                    store.Evidence.Attachments.Insert(new AttachmentDoc { PeriodId = 1, VillageId = i, MemberId = 7, Pending = i % 2 == 0, FileId = $"f{i}", FileName = "a.png" });
            });
            var villageId = 2;
            long after = 3;
            answers.Add(string.Join(" | ",
                string.Join(",", store.Audit.Entries.Find(a => a.VillageId == null).Select(a => a.Id)),
                string.Join(",", store.Audit.Entries.Find(a => a.VillageId != null && a.VillageId >= villageId).Select(a => a.Id)),
                string.Join(",", store.Audit.Entries.Find(a => a.At > At.AddMinutes(2) && a.MemberId != 4).Select(a => a.Id)),
                store.Audit.Entries.Count(a => a.VillageId != villageId),
                string.Join(",", store.Audit.Entries.Page(a => a.VillageId == null, newestFirst: true, 0, 10).Items.Select(a => a.Id)),
                string.Join(",", store.Evidence.Attachments.Find(a => a.Pending).Select(a => a.VillageId)),
                string.Join(",", store.Evidence.Attachments.Find(a => a.Pending == false && a.MemberId == 7).Select(a => a.VillageId)),
                store.Audit.Entries.FindOne(a => a.Id > after)!.Id,
                store.Audit.Entries.DeleteMany(a => a.At < At.AddMinutes(1))));
        }
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal("1,4 | 3,5,6 | 4,6 | 5 | 4,1 | 0,2 | 1,3 | 4 | 1", answers[1]);
    }

    [Fact]
    public void DeclaredIndexesAreExpressionIndexesAndAUniqueOneRefusesASecondName()
    {
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('towns', 'villages', 'audit', 'periods') ORDER BY indexname", connection);
        var indexes = new Dictionary<string, string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) indexes[reader.GetString(0)] = reader.GetString(1);
        Assert.Contains("CREATE UNIQUE INDEX", indexes["towns_Name_unique"]);
        Assert.Contains("'Name'", indexes["towns_Name_unique"]);
        // A village's name is unique within its town only (two towns may both have 新庄村): an index, not a unique one.
        Assert.DoesNotContain("UNIQUE", indexes["villages_Name"]);
        Assert.Contains("'TownId'", indexes["villages_TownId"]);
        Assert.Contains("$date", indexes["audit_At"]);
        Assert.Contains("boolean", indexes["periods_Active"]);

        var before = store.Towns.Towns.Count();
        store.Write(() => store.Towns.Towns.Insert(new ChatAppraisal.Towns.TownDoc { Name = "东城镇", CreatedAt = At }));
        Assert.ThrowsAny<Exception>(() => store.Write(() => store.Towns.Towns.Insert(new ChatAppraisal.Towns.TownDoc { Name = "东城镇", CreatedAt = At })));
        Assert.Equal(before + 1, store.Towns.Towns.Count());
    }

    [Fact]
    public void ATwentyMegabyteFileIsKeptInChunksAndReadAsAStream()
    {
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        var content = new byte[20 * 1024 * 1024];
        new Random(7).NextBytes(content);
        store.Write(() => store.Evidence.Files.Upload("big", "big.bin", content));

        using (var stream = store.Evidence.Files.OpenRead("big")!)
        {
            Assert.Equal(content.Length, stream.Length);
            using var sha = SHA256.Create();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(buffer)) > 0) sha.TransformBlock(buffer, 0, read, null, 0);
            sha.TransformFinalBlock([], 0, 0);
            Assert.Equal(SHA256.HashData(content), sha.Hash);
        }
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*), max(length(data)) FROM evidence_chunks WHERE file_id = 'big'", connection);
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            Assert.Equal(content.Length / PostgresFileBytes.ChunkSize + 1, reader.GetInt64(0));
            Assert.Equal(PostgresFileBytes.ChunkSize, reader.GetInt32(1));
        }
        Assert.Equal(content.Length, store.Evidence.Files.TotalBytes());
        Assert.Null(store.Evidence.Files.OpenRead("none"));
    }

    [Fact]
    public async Task ProcessesStartingTogetherMakeTheSchemaOnceAtTheCurrentVersion()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => StorageProviders.OpenPostgres(_database.ConnectionString))));
        try
        {
            Assert.Single(stores, s => s.Upgrade is { From: null });
            Assert.All(stores, s => Assert.Equal(ChatAppraisal.Storage.LiteDb.SchemaUpgrade.Current(ChatAppraisal.Storage.LiteDb.Migrations.Migrations.All), Version()));
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
        }
    }

    [Fact]
    public void AVersion5DatabaseHasItsCodesStoredAsHashesByStep6()
    {
        var plain = Secrets.New();
        using (var store = StorageProviders.OpenPostgres(_database.ConnectionString))
            store.Roster.Invites.Insert(new InviteDoc { Id = plain, MemberId = 1, CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(7) });
        Sql("UPDATE \"schema\" SET doc = '{\"_id\":\"version\",\"value\":5}' WHERE id = 'version'");

        using var upgraded = StorageProviders.OpenPostgres(_database.ConnectionString);
        Assert.Equal(5, upgraded.Upgrade?.From);
        Assert.Null(upgraded.Roster.Invites.FindById(plain));
        Assert.Equal(1, upgraded.Roster.Invites.FindById(Secrets.Hash(plain))?.MemberId);
        Assert.All(upgraded.Roster.Invites.FindAll(), i => Assert.True(Secrets.IsHash(i.Id)));
    }

    [Fact]
    public void ANewerDatabaseIsRefusedWithASentence()
    {
        StorageProviders.OpenPostgres(_database.ConnectionString).Dispose();
        Sql("UPDATE \"schema\" SET doc = '{\"_id\":\"version\",\"value\":99}' WHERE id = 'version'");
        var e = Assert.Throws<DatabaseVersionException>(() => StorageProviders.OpenPostgres(_database.ConnectionString));
        Assert.Contains("has schema version 99, but this program reads schema version", e.Message);
        Assert.Contains(_database.Name, e.Message);
    }

    [Fact]
    public void AServerThatCannotBeReachedOrAMissingDatabaseIsSaidInOneSentence()
    {
        var unreachable = Assert.Throws<DatabaseConnectionException>(() => StorageProviders.OpenPostgres("Host=127.0.0.1;Port=1;Username=postgres;Database=x;Timeout=3"));
        Assert.StartsWith("Cannot reach the PostgreSQL server at 127.0.0.1:1", unreachable.Message);

        var missing = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = _database.Name + "_none" }.ConnectionString;
        var none = Assert.Throws<DatabaseConnectionException>(() => StorageProviders.OpenPostgres(missing));
        Assert.StartsWith($"The database '{_database.Name}_none' does not exist on the PostgreSQL server at", none.Message);

        var nameless = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = null }.ConnectionString;
        Assert.StartsWith("Storage:ConnectionString names no database", Assert.Throws<DatabaseConnectionException>(() => StorageProviders.OpenPostgres(nameless)).Message);

        // The test server trusts every local user, so a wrong password is the server's own refusal, as Npgsql reports it.
        var refused = new PostgresException("password authentication failed for user \"bot\"", "FATAL", "FATAL", PostgresErrorCodes.InvalidPassword);
        Assert.Equal("The PostgreSQL server at db.example:5432 refused the password of user 'bot': correct Password= in Storage:ConnectionString (or the user's password on the server).",
            PostgresConnection.Sentence(refused, new NpgsqlConnectionStringBuilder("Host=db.example;Username=bot;Database=x")));
    }

    [Fact]
    public void TheServersTransientFailuresAreStorageFailuresAndTheCallersAreNot()
    {
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        Assert.True(store.IsStorageFailure(new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)));
        Assert.True(store.IsStorageFailure(new PostgresException("terminating connection", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)));
        Assert.False(store.IsStorageFailure(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));
        Assert.False(store.IsStorageFailure(new InvalidOperationException("a bug")));
    }

    int Version()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT (doc->>'value')::int FROM \"schema\" WHERE id = 'version'", connection);
        return (int)command.ExecuteScalar()!;
    }

    void Sql(string sql)
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    [Fact]
    public void AnAnswerWaitsForTheServersDiskBookkeepingDoesNotAndAConsistentReadIsReadOnly()
    {
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        var engine = (PostgresEngine)store.Engine;
        string Setting(string name) => engine.Run(connection =>
        {
            using var command = new NpgsqlCommand($"SHOW {name}", connection);
            return (string)command.ExecuteScalar()!;
        });

        // An answer's commit waits as the server is set to (on by default; the tests' throwaway cluster may not wait at all).
        using var plain = new NpgsqlConnection(_database.ConnectionString);
        plain.Open();
        using var show = new NpgsqlCommand("SHOW synchronous_commit", plain);
        var servers = (string)show.ExecuteScalar()!;
        Assert.Equal(servers, store.Write(() => Setting("synchronous_commit")));
        Assert.Equal("off", store.WriteBookkeeping(() => Setting("synchronous_commit")));
        // Bookkeeping inside an answer's transaction commits with it, and so waits as it does.
        Assert.Equal(servers, store.Write(() => store.WriteBookkeeping(() => Setting("synchronous_commit"))));
        Assert.Equal("on", store.Read(() => Setting("transaction_read_only")));
        Assert.Equal("off", store.Write(() => Setting("transaction_read_only")));
        Assert.Equal("off", store.WriteBookkeeping(() => Setting("transaction_read_only")));

        // What bookkeeping commits is there for every reader at once, and a consistent read cannot write.
        store.WriteBookkeeping(() => store.Outbox.Messages.Insert(new OutboxDoc { Channel = "web", ChatId = "m1", Kind = "text", Text = "好", Origin = "reply", At = At }));
        Assert.Equal("好", Assert.Single(store.Read(() => store.Outbox.Messages.FindAll().ToList())).Text);
        var refused = Assert.Throws<PostgresException>(() => store.Read(() => engine.Run(connection =>
        {
            using var command = new NpgsqlCommand("DELETE FROM outbox", connection);
            return command.ExecuteNonQuery();
        })));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
        Assert.Single(store.Outbox.Messages.FindAll());
    }

    [Fact]
    public void ADocumentTheDatabaseNumbersIsInsertedInOneStatementWithItsNumberInsideIt()
    {
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        store.Write(() => store.Audit.Add(new AuditEntry { Action = "first", PeriodId = 1, At = At, MemberName = "张三" }));
        var entry = new AuditEntry { Action = "second", PeriodId = 1, At = At, MemberName = "李四" };
        var member = new MemberDoc { Name = "王五", Roles = [Role.Examiner], CreatedAt = At };
        var statements = Statements(() => store.Write(() =>
        {
            store.Audit.Add(entry);
            store.Roster.Members.Insert(member);
        }));

        Assert.DoesNotContain(statements, s => s.Contains("SELECT nextval", StringComparison.Ordinal));
        Assert.Equal(2, statements.Count(s => s.StartsWith("INSERT", StringComparison.Ordinal)));
        Assert.Equal(2, entry.Id); // a long id
        Assert.Equal(1, member.Id); // an int id
        Assert.Equal("李四", store.Audit.Entries.FindById(2)!.MemberName);
        Assert.Equal("王五", store.Roster.Members.FindById(1)!.Name);
        // The number inside the document is the row's: read through a filter on the id, as the mapping writes it.
        Assert.Equal(2, Assert.Single(store.Audit.Entries.Find(e => e.Id == 2)).Id);
        Assert.Equal(1, Assert.Single(store.Roster.Members.Find(m => m.Id == 1)).Id);
        var third = new AuditEntry { Action = "third", PeriodId = 1, At = At, MemberName = "赵六" };
        store.Write(() => store.Audit.Add(third));
        Assert.Equal(3, third.Id);
    }

    [Fact]
    public void AWriteTransactionAsksForARowByIdOnceUntilItWritesThatTableOrTakesALock()
    {
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        OutboxDoc Message(string text) => new() { Channel = "web", ChatId = "m1", Kind = "text", Text = text, Origin = "reply", At = At };
        var (edited, locked) = (Message("一"), Message("甲"));
        store.Write(() =>
        {
            store.Outbox.Messages.Insert(edited);
            store.Outbox.Messages.Insert(locked);
        });
        OutboxDoc? first = null, second = null, missing = null, afterUpdate = null, beforeLock = null, afterLock = null;
        var statements = Statements(() => store.Write(() =>
        {
            first = store.Outbox.Messages.FindById(edited.Id);
            second = store.Outbox.Messages.FindById(edited.Id);
            missing = store.Outbox.Messages.FindById(edited.Id + 100);
            store.Outbox.Messages.FindById(edited.Id + 100);
            second!.Text = "二";
            store.Outbox.Messages.Update(second);
            afterUpdate = store.Outbox.Messages.FindById(edited.Id);
            beforeLock = store.Outbox.Messages.FindById(locked.Id);
            // Another connection commits a change to a row this transaction only read; the lock it takes next makes it read anew.
            Sql($"UPDATE outbox SET doc = jsonb_set(doc, '{{Text}}', '\"乙\"') WHERE id = {locked.Id}");
            store.LockUntilCommit("test");
            afterLock = store.Outbox.Messages.FindById(locked.Id);
        }));

        // By id: the row once, the missing one once, the row again after the update, the other before and after the lock.
        Assert.Equal(5, statements.Count(s => s.StartsWith("SELECT doc::text FROM \"outbox\" WHERE id", StringComparison.Ordinal)));
        Assert.Equal("一", first!.Text);
        Assert.NotSame(first, second); // each caller a document of its own to change
        Assert.Null(missing);
        Assert.Equal("二", afterUpdate!.Text);
        Assert.Equal("甲", beforeLock!.Text);
        Assert.Equal("乙", afterLock!.Text);
        // Outside a transaction every read asks.
        Assert.Equal(2, Statements(() =>
        {
            store.Outbox.Messages.FindById(edited.Id);
            store.Outbox.Messages.FindById(edited.Id);
        }).Count);
    }

    /// <summary>The statements <paramref name="work"/> sends to the server, as Npgsql traces them (this test's alone).</summary>
    static List<string> Statements(Action work)
    {
        var statements = new List<string>();
        using var mine = new System.Diagnostics.ActivitySource("ChatAppraisal.Tests.Statements");
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" || source == mine,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        using var test = mine.StartActivity("work")!;
        // Only this test's statements: each is a child of the activity it started.
        listener.ActivityStopped = done =>
        {
            if (done.TraceId == test.TraceId && done.Source.Name == "Npgsql")
                lock (statements) statements.Add((done.GetTagItem("db.query.text") ?? done.GetTagItem("db.statement") ?? done.DisplayName)?.ToString() ?? "");
        };
        work();
        lock (statements) return [.. statements];
    }

    public void Dispose()
    {
        _database.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
