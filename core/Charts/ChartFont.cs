using SkiaSharp;

namespace ChatAppraisal.Charts;

/// <summary>
/// The CJK font every chart uses (WenQuanYi Micro Hei, shipped in Charts/Fonts/). ScottPlot's default font has no
/// Chinese glyphs and servers rarely have a CJK font, so charts never rely on system fonts.
/// </summary>
public static class ChartFont
{
    public const string Name = "WenQuanYi Micro Hei";

    static readonly Lazy<SKTypeface> _typeface = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where the build puts the font: Charts/Fonts/ beside the application's assemblies.</summary>
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "Charts", "Fonts", "wqy-microhei.ttc");

    /// <summary>The font itself, for measuring text and checking glyph coverage. The first use registers it with ScottPlot.</summary>
    public static SKTypeface Typeface => _typeface.Value;

    /// <summary>Registers the font with ScottPlot once; every chart calls this before drawing.</summary>
    public static void EnsureRegistered() => _ = _typeface.Value;

    /// <summary>Characters of <paramref name="text"/> the font cannot draw (they would show as boxes).</summary>
    public static IReadOnlyList<string> MissingGlyphs(string text)
    {
        var missing = new List<string>();
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            if (string.IsNullOrWhiteSpace(element)) continue;
            if (!Typeface.ContainsGlyphs(element)) missing.Add(element);
        }
        return missing.Distinct().ToList();
    }

    /// <summary>Width in pixels of one line of text at <paramref name="size"/>.</summary>
    public static float Measure(string text, float size)
    {
        using var font = new SKFont(Typeface, size);
        return font.MeasureText(text);
    }

    static SKTypeface Register()
    {
        if (!File.Exists(FilePath))
            throw new FileNotFoundException(
                $"The chart font is missing at {FilePath}; it ships in core/Charts/Fonts/ and the build copies it to the output folder.", FilePath);
        var typeface = SKTypeface.FromFile(FilePath)
            ?? throw new InvalidOperationException($"The chart font at {FilePath} could not be read.");
        // ScottPlot matches name, weight and slant exactly: register the one face for every style it may ask for
        // (titles are bold), or it falls back to a system font without Chinese glyphs.
        foreach (var bold in new[] { false, true })
            foreach (var italic in new[] { false, true })
                ScottPlot.Fonts.AddFontFile(Name, FilePath, bold, italic);
        ScottPlot.Fonts.Default = Name;
        ScottPlot.Fonts.Sans = Name;
        return typeface;
    }
}
