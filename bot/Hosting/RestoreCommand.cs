using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>
/// <c>restore FILE</c>: checks the backup, keeps the current database aside (<c>appraisal.db.before-restore</c>), puts the
/// backup in its place and says what it holds. Refuses while a bot runs on that database (its lock file). The database is
/// the one the bot would open: <c>Storage:Path</c> from appsettings.json, the environment or <c>--Storage:Path=…</c>.
/// </summary>
static class RestoreCommand
{
    public static bool Asked(string[] args) => args.Length > 0 && args[0] == "restore";

    public static int Run(string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Usage: restore FILE   (FILE: a backup, e.g. data/backups/appraisal-20261207-190000Z-daily.db; the database restored is Storage:Path)");
            return 2;
        }
        var backup = Path.GetFullPath(args[1]);
        var configuration = WebApplication.CreateBuilder(ProgramHome.Options(args[2..])).Configuration; // a published program restores beside itself
        var live = Path.GetFullPath(configuration[$"{StorageOptions.Section}:Path"] is { Length: > 0 } configured ? configured : new StorageOptions().Path);
        var storage = new LiteDbBackup();
        try
        {
            var contents = storage.Inspect(backup);
            var aside = storage.Restore(backup, live);
            Console.WriteLine($"Restored {backup}");
            Console.WriteLine($"     to {live}");
            Console.WriteLine(aside is null ? "There was no database there before." : $"The database that was there is kept as {aside}.");
            Console.WriteLine($"It holds: periods {string.Join(", ", contents.Periods)}; {contents.Villages} villages; {contents.Counts.Scores} scores; " +
                              $"{contents.Counts.Seals} seals; {contents.Counts.Attachments} attachments; {contents.Counts.AuditEntries} audit entries.");
            Console.WriteLine(contents.Newest is { } newest
                ? $"Newest audit entry: {newest.At:yyyy-MM-dd HH:mm:ss} UTC, {newest.Action} by {newest.Member}{(newest.Detail is { Length: > 0 } d ? $" ({d})" : "")}."
                : "It has no audit entries yet.");
            return 0;
        }
        catch (DatabaseInUseException)
        {
            Console.Error.WriteLine($"Not restored: the bot is running on {live} (lock file {live}.lock). Stop it first, then restore; nothing was changed.");
            return 1;
        }
        catch (BackupUnreadableException e)
        {
            Console.Error.WriteLine($"Not restored: {e.Message} Nothing was changed; choose another backup.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Not restored: {e.Message}");
            return 1;
        }
    }
}
