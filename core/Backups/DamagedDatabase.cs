using ChatAppraisal.Storage;

namespace ChatAppraisal.Backups;

/// <summary>Opens the database at start; a damaged one stops start-up with a sentence naming the file and the newest backup to restore.</summary>
public static class DamagedDatabase
{
    public static AppraisalStore Open(string path, BackupOptions backups)
    {
        try
        {
            return new AppraisalStore(path);
        }
        catch (DatabaseDamagedException e)
        {
            var newest = BackupKeeper.Newest(path, backups);
            throw new DatabaseDamagedException(e.Message + " " + (newest is null
                ? $"There is no backup in {backups.FolderFor(path)}: move the file aside to start with a new database, or restore a backup you copied elsewhere (restore FILE)."
                : $"Restore the newest backup with: dotnet run --project bot -- restore \"{newest}\" (the published program: restore \"{newest}\")."), e.InnerException);
        }
    }
}
