using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.Hardening;
using LiteDB;

namespace ChatAppraisal.Tests.Storage.Upgrades;

/// <summary>
/// The bot as its own process over a database it cannot open: start-up stops with exit code 1 and the database's one
/// sentence, and nothing else (no "Hosting failed to start", no stack trace, no second copy of the sentence).
/// </summary>
public sealed class StartUpRefusalTests
{
    static readonly int Current = SchemaUpgrade.Current(ChatAppraisal.Storage.LiteDb.Migrations.Migrations.All);

    [Fact]
    public async Task ANewerFileStopsStartUpWithItsOneSentenceAndNothingElse()
    {
        var folder = RealBot.NewFolder();
        var path = Path.Combine(folder, "appraisal.db");
        new AppraisalStore(path).Dispose();
        using (var db = new LiteDatabase($"Filename={path};Connection=direct")) SchemaUpgrade.Write(db, Current + 1);

        var (exit, stdout, stderr) = await RunToTheEnd(folder);

        var sentence = $"The database '{path}' has schema version {Current + 1}, but this program reads schema version {Current} and older: run the ChatAppraisal release that wrote it, or a newer one.";
        Assert.Equal(1, exit);
        AssertOnlyTheSentence(sentence, stdout, stderr);
    }

    [Fact]
    public async Task AFileInUseByAnotherProcessStopsStartUpWithItsOneSentenceAndNothingElse()
    {
        var folder = RealBot.NewFolder();
        var path = Path.Combine(folder, "appraisal.db");
        string sentence;
        using (var holder = new AppraisalStore(path))
        {
            sentence = Assert.Throws<DatabaseInUseException>(() => new AppraisalStore(path)).Message;
            var (exit, stdout, stderr) = await RunToTheEnd(folder);
            Assert.Equal(1, exit);
            AssertOnlyTheSentence(sentence, stdout, stderr);
        }
    }

    static async Task<(int Exit, string Stdout, string Stderr)> RunToTheEnd(string folder)
    {
        await using var bot = await RealBot.Start(folder, waitForHealth: false);
        await bot.WaitForExit(TimeSpan.FromSeconds(90));
        return (bot.ExitCode, bot.Stdout, bot.Stderr);
    }

    static void AssertOnlyTheSentence(string sentence, string stdout, string stderr)
    {
        // stderr is the sentence itself; the log (stdout) says it once, at its start-up lines, and nothing after it.
        Assert.Equal(sentence, stderr.Trim());
        var all = stdout + stderr;
        Assert.Equal(2, Occurrences(all, sentence));
        Assert.DoesNotContain("Hosting failed to start", all);
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Unhandled exception", all);
        Assert.DoesNotContain("Exception", stdout.Replace(sentence, ""));
    }

    static int Occurrences(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
