using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Bot.Web;

/// <summary>The web pages' settings (section <c>Web</c>), checked at start.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string Section = "Web";

    /// <summary>
    /// The address printed in the slips' QR codes (<c>{PublicBaseUrl}/v/{code}</c>): one the attendees' phones reach,
    /// on the meeting's network or the internet. Empty → the first of <c>Admin:Urls</c>.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// Requests to the voting pages one address may make in a minute. A meeting room on one Wi-Fi shares one address
    /// (35 people open and post: about 70 requests), while guessing an 8-character code needs billions of tries.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Web:VoteRequestsPerMinute must be a whole number from 1 to 100000.")]
    public int VoteRequestsPerMinute { get; set; } = 120;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.Host is "0.0.0.0" or "+" or "*" or "[::]")
            yield return new ValidationResult(
                $"Web:PublicBaseUrl must be the http(s) address the attendees' phones open, without query, e.g. http://192.168.1.20:5080; it is \"{PublicBaseUrl}\".",
                [nameof(PublicBaseUrl)]);
    }
}
