namespace ChatAppraisal.Export;

/// <summary>Excel sheet names: at most 31 characters, none of []:*?/\, unique regardless of case.</summary>
sealed class SheetNames
{
    readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Take(string wanted)
    {
        var clean = new string(wanted.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim().Trim('\'');
        if (clean.Length == 0) clean = Texts.Zh.XlsxVillage; // the official forms' word
        if (clean.Length > 31) clean = clean[..31];
        var name = clean;
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = $"({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }
}
