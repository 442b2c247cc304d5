namespace ChatAppraisal.Towns;

/// <summary>A town of the county: its villages, members, periods and everything scored belong to it (see docs/towns.md).</summary>
public sealed class TownDoc
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A town's API key: only its hash is kept; the key itself is shown once, when it is made.</summary>
public sealed class TownKeyDoc
{
    /// <summary>Short and public: what <c>DELETE /api/towns/{townId}/keys/{id}</c> names.</summary>
    public string Id { get; set; } = "";
    public int TownId { get; set; }
    public string Hash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
