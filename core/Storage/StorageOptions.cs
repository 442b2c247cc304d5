using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file, relative to the working directory; its directory is created.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:Path must name the database file, e.g. data/appraisal.db.")]
    public string Path { get; set; } = "data/appraisal.db";

    /// <summary>Name of the period created on a new database.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DefaultPeriod must not be empty.")]
    public string DefaultPeriod { get; set; } = "2017年度";

    /// <summary>Name of the first town: a new database's, or the one an older file's records are put in (see docs/towns.md).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DefaultTown must name the first town, e.g. 新庄镇.")]
    public string DefaultTown { get; set; } = "新庄镇";
}
