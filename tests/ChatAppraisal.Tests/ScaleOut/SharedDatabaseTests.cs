using System.Collections.Concurrent;
using System.Diagnostics;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using Npgsql;

namespace ChatAppraisal.Tests.ScaleOut;

/// <summary>
/// What several bot processes on one PostgreSQL database coordinate with, each store here standing for a process (its own
/// engine, its own connections): an account's lock held to the commit, one process elected per role and replaced within
/// seconds when its session dies, and notifications that travel with a commit.
/// </summary>
public sealed class SharedDatabaseTests : IDisposable
{
    public sealed class CounterDoc
    {
        public string Id { get; set; } = "";
        public int Value { get; set; }
    }

    static readonly Collection<CounterDoc> Counters = new("scaleout_counters");

    readonly TestPostgres _database = new();

    AppraisalStore Process() => StorageProviders.OpenPostgres(_database.ConnectionString);

    [Fact]
    public void TwoProcessesAddingToOneAccountsCounterUnderItsLockLoseNoAddition()
    {
        using var first = Process();
        using var second = Process();
        Assert.True(first.Shared);
        first.Write(() => first.Docs(Counters).Insert(new CounterDoc { Id = "zheng", Value = 0 }));

        // Read, wait, write back: without the lock two processes would overwrite each other's additions.
        void Add(AppraisalStore store) => store.Write(() =>
        {
            store.LockUntilCommit("account:wecom:zheng");
            var counter = store.Docs(Counters).FindById("zheng")!;
            Thread.Sleep(5);
            counter.Value++;
            store.Docs(Counters).Update(counter);
        });
        Parallel.Invoke(
            () => { for (var i = 0; i < 40; i++) Add(first); },
            () => { for (var i = 0; i < 40; i++) Add(second); });

        Assert.Equal(80, second.Read(() => second.Docs(Counters).FindById("zheng")!.Value));
    }

    [Fact]
    public async Task AnAccountsLockMakesAnotherProcessWaitForTheCommitButNotAnotherAccount()
    {
        using var first = Process();
        using var second = Process();
        using var held = new ManualResetEventSlim();
        var clock = Stopwatch.StartNew();
        var holder = Task.Run(() => first.Write(() =>
        {
            first.LockUntilCommit("account:wecom:zheng");
            held.Set();
            Thread.Sleep(600);
            first.Docs(Counters).Insert(new CounterDoc { Id = "zheng", Value = 1 });
        }));
        Assert.True(held.Wait(TimeSpan.FromSeconds(10)));

        var otherAccount = second.Write(() =>
        {
            second.LockUntilCommit("account:wecom:qian");
            return clock.Elapsed;
        });
        var (sameAccount, seen) = second.Write(() =>
        {
            second.LockUntilCommit("account:wecom:zheng");
            return (clock.Elapsed, second.Docs(Counters).FindById("zheng")?.Value);
        });
        await holder;

        Assert.True(otherAccount < TimeSpan.FromMilliseconds(500), $"another account waited {otherAccount}");
        Assert.True(sameAccount >= TimeSpan.FromMilliseconds(600), $"the same account went ahead after {sameAccount}");
        Assert.Equal(1, seen); // it waited for the commit, and sees what the first one wrote
        Assert.Throws<InvalidOperationException>(() => second.LockUntilCommit("account:wecom:zheng")); // outside a transaction
    }

    [Fact]
    public async Task TwoProcessesInADeadlockBothCommitTheLoserRunningAgainFromTheStart()
    {
        using var first = Process();
        using var second = Process();
        using var bothHoldOne = new Barrier(2);
        int firstRuns = 0, secondRuns = 0;
        // Each takes one account's lock, then wants the other's: the server picks a victim, whose transaction runs again.
        void Cross(AppraisalStore store, string mine, string theirs, Func<int> run) => store.Write(() =>
        {
            var attempt = run();
            store.LockUntilCommit(mine);
            if (attempt == 1) bothHoldOne.SignalAndWait(TimeSpan.FromSeconds(10));
            store.LockUntilCommit(theirs);
            store.Docs(Counters).Upsert(new CounterDoc { Id = mine, Value = attempt });
        });
        await Task.WhenAll(
            Task.Run(() => Cross(first, "account:a", "account:b", () => Interlocked.Increment(ref firstRuns))),
            Task.Run(() => Cross(second, "account:b", "account:a", () => Interlocked.Increment(ref secondRuns))));

        Assert.Equal(3, firstRuns + secondRuns); // one of them ran twice
        Assert.Equal(2, first.Read(() => first.Docs(Counters).FindAll().Count()));
    }

    [Fact]
    public async Task OneProcessLeadsARoleAndAnotherTakesOverWithinSecondsWhenItsSessionDies()
    {
        using var first = Process();
        using var second = Process();
        var lead = first.Engine.TryLead("reminders");
        Assert.NotNull(lead);
        Assert.Null(second.Engine.TryLead("reminders"));
        using (var other = second.Engine.TryLead("telegram-polling")) Assert.NotNull(other); // another role is free

        // The leader's session ends as when its process is killed: the server frees the lock at once.
        TerminateTheLeader();
        var clock = Stopwatch.StartNew();
        ChatAppraisal.Storage.Shared.IProcessLead? taken = null;
        while (taken is null && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            taken = second.Engine.TryLead("reminders");
            if (taken is null) await Task.Delay(100);
        }
        Assert.NotNull(taken);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"taken over after {clock.Elapsed}");
        // The old leader learns it lost the role (its check finds the session gone), so it stops doing the job.
        await WaitAsync(() => lead!.Lost.IsCancellationRequested, TimeSpan.FromSeconds(5));
        lead!.Dispose();
        Assert.Null(first.Engine.TryLead("reminders"));
        taken!.Dispose();
        using var again = first.Engine.TryLead("reminders");
        Assert.NotNull(again); // given up cleanly: free at once
    }

    [Fact]
    public async Task ANotificationWrittenInATransactionReachesAnotherProcessAtItsCommitAndNeverOnARollback()
    {
        using var first = Process();
        using var second = Process();
        var heard = new ConcurrentQueue<string?>();
        using var listening = second.Engine.Listen("webchat", heard.Enqueue);
        await Task.Delay(300); // LISTEN is in place

        first.Write(() =>
        {
            first.Engine.Notify("webchat", "m1");
            Thread.Sleep(200);
            Assert.Empty(heard); // not before the commit
        });
        Assert.Throws<InvalidOperationException>(() => first.Write(() =>
        {
            first.Engine.Notify("webchat", "m2");
            throw new InvalidOperationException("rolled back");
        }));
        first.Engine.Notify("webchat", "m3");

        await WaitAsync(() => heard.Count >= 2, TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        Assert.Equal(["m1", "m3"], heard);
    }

    /// <summary>Ends the one session holding an advisory lock (the leader's), as the server does when its process dies.</summary>
    void TerminateTheLeader()
    {
        var builder = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(a.pid)) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid " +
            "WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database() AND a.pid <> pg_backend_pid()", connection);
        Assert.Equal(1L, command.ExecuteScalar());
    }

    static async Task WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException("waited " + timeout);
            await Task.Delay(50);
        }
    }

    public void Dispose() => _database.Dispose();
}
