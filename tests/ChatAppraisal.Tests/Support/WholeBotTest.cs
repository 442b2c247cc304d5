using ChatAppraisal.Tests.Postgres;

namespace ChatAppraisal.Tests.Support;

/// <summary>
/// The storage under a whole-bot test (<see cref="EndToEnd.EndToEndTest"/> over the Telegram double,
/// <see cref="WeCom.EndToEnd.WeComEndToEndTest"/> over the WeCom double): a temporary folder of the test's own, holding the
/// LiteDB file or, in a class that says <see cref="OnPostgres"/>, beside a PostgreSQL database of its own. Either way the
/// files the bot keeps beside its database (the first admin's code, the API key) go to that folder; both are removed
/// afterwards. A class that runs its base's tests unchanged on PostgreSQL is one line: <c>OnPostgres => true</c>.
/// </summary>
public abstract class WholeBotTest(string folderRoot)
{
    TestPostgres? _postgres;

    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), folderRoot, Guid.NewGuid().ToString("N"));
    protected string DatabasePath => Path.Combine(Folder, "appraisal.db");

    /// <summary>True: the bot runs on a PostgreSQL database of this test's own (made empty, dropped afterwards).</summary>
    protected virtual bool OnPostgres => false;

    /// <summary>Extra settings for the bot (webhook mode...).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary><see cref="Settings"/> with the storage's: <c>Storage:Path</c> in the folder, and the database on PostgreSQL.</summary>
    protected IReadOnlyDictionary<string, string?> BotSettings
    {
        get
        {
            var settings = new Dictionary<string, string?>(Settings ?? new Dictionary<string, string?>()) { ["Storage:Path"] = DatabasePath };
            return OnPostgres ? (_postgres ??= new TestPostgres()).With(settings) : settings;
        }
    }

    /// <summary>The PostgreSQL database's name on its server, once the bot was given it.</summary>
    protected string? PostgresDatabase => _postgres?.Name;

    /// <summary>Drops the PostgreSQL database and deletes the folder (the bot has stopped).</summary>
    protected void RemoveStorage()
    {
        _postgres?.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
