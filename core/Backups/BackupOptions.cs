using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Backups;

/// <summary>The "Backup" settings.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where backups go; empty: <c>backups/</c> beside the database file (created). A folder set here must exist.</summary>
    public string? Folder { get; set; }

    /// <summary>The daily backup's time in <c>Bot:TimeZone</c>, HH:mm.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Backup:Daily must be a time of day such as 03:00.")]
    [RegularExpression("^([01]?[0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "Backup:Daily must be a time of day such as 03:00 (HH:mm, 00:00 to 23:59).")]
    public string Daily { get; set; } = "03:00";

    /// <summary>Daily backups kept, and as many on-demand ones, besides every seal's and publication's (those are never pruned).</summary>
    [Range(1, 10_000, ErrorMessage = "Backup:Keep must be 1 to 10000 (the daily backups kept besides every seal's).")]
    public int Keep { get; set; } = 14;

    public TimeOnly DailyTime => TimeOnly.ParseExact(Daily.PadLeft(5, '0'), "HH:mm");

    /// <summary>The folder backups go to for a database at <paramref name="databasePath"/>.</summary>
    public string FolderFor(string databasePath) => string.IsNullOrWhiteSpace(Folder)
        ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "backups")
        : Path.GetFullPath(Folder);

    /// <summary>Whether the folder is the default one, which the bot may create.</summary>
    public bool DefaultFolder => string.IsNullOrWhiteSpace(Folder);
}
