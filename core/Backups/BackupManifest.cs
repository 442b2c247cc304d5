using System.Text.Json;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Backups;

/// <summary>
/// backups.json in the backup folder: every backup kept, as recorded when it was checked. It lives with the backups, not
/// in the database, so that it describes them wherever they are copied and whichever of them is restored.
/// </summary>
public static class BackupManifest
{
    public const string FileName = "backups.json";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static List<BackupRecord> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<BackupRecord>>(File.ReadAllText(path), Json) ?? [];
        }
        catch (JsonException)
        {
            // A damaged list is rebuilt from what is written next; the backups themselves are untouched.
            return [];
        }
    }

    /// <summary>Written to a temporary file and renamed over the old list: never half a list.</summary>
    public static void Write(string folder, IReadOnlyList<BackupRecord> records)
    {
        var path = Path.Combine(folder, FileName);
        var partial = path + ".partial";
        File.Delete(partial);
        using (var stream = OwnerOnly.Create(partial))
        {
            JsonSerializer.Serialize(stream, records, Json);
            stream.Flush(flushToDisk: true);
        }
        File.Move(partial, path, overwrite: true);
    }
}
