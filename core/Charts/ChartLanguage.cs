namespace ChatAppraisal.Charts;

/// <summary>Charts, captions and exports speak Chinese unless the user chose English ("en").</summary>
public static class ChartLanguage
{
    public static bool IsEnglish(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);

    internal static string Pick(string? language, string zh, string en) => IsEnglish(language) ? en : zh;
}
