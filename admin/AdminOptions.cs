using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Admin;

public sealed class AdminOptions : IValidatableObject
{
    public const string Section = "Admin";
    public const int MinApiKeyLength = 16;

    /// <summary>Where the admin API listens; loopback by default so it is not exposed by accident.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Admin:Urls must name at least one URL, e.g. http://127.0.0.1:5080.")]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The key every /api route requires in X-Api-Key; when empty, one is generated and kept beside the database.</summary>
    public string? ApiKey { get; set; }

    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HasApiKey && ApiKey!.Trim().Length < MinApiKeyLength)
            yield return new ValidationResult(
                $"Admin:ApiKey must be at least {MinApiKeyLength} characters long, or left empty so a random key is generated at first start.",
                [nameof(ApiKey)]);
    }
}
