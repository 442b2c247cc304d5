using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Conversations;

/// <summary>The "Bot" settings.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Language of replies for users who have not chosen one with /lang.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bot:Language must be zh or en.")]
    [RegularExpression("^(zh|en)$", ErrorMessage = "Bot:Language must be zh or en.")]
    public string Language { get; set; } = "zh";

    /// <summary>The town's time zone: visits, reminder times and quiet hours are its wall-clock times.</summary>
    [Schedule.TimeZoneId]
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
