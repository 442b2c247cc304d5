using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Storage;

public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>"litedb" (one file, the default) or "postgres" (a server database several bot processes can share).</summary>
    public string Provider { get; set; } = StorageProviders.LiteDb;

    /// <summary>For "postgres": Npgsql's connection string (Host=...;Port=5432;Username=...;Password=...;Database=...).</summary>
    public string? ConnectionString { get; set; }

    public bool OnPostgres => string.Equals(Provider, StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!OnPostgres && !string.Equals(Provider, StorageProviders.LiteDb, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"Storage:Provider is '{Provider}'; it must be 'litedb' (one file, the default) or 'postgres'.", [nameof(Provider)]);
        else if (OnPostgres && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult(
                "Storage:Provider is 'postgres' but Storage:ConnectionString is empty: set it, e.g. Host=127.0.0.1;Port=5432;Username=chatappraisal;Password=...;Database=chatappraisal.",
                [nameof(ConnectionString)]);
    }

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
