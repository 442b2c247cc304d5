using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Admin;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Where the admin API listens; loopback by default so it is not exposed by accident.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Admin:Urls must name at least one URL, e.g. http://127.0.0.1:5080.")]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The key every /api route requires in X-Api-Key; generated on first start when empty.</summary>
    public string? ApiKey { get; set; }
}
