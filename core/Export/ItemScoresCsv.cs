using System.Globalization;
using System.Text;
using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Export;

/// <summary>
/// Every item of every village as CSV, one row each, unscored items with an empty score: for anyone who wants to
/// analyse the raw entries. UTF-8 with a byte-order mark and CRLF lines, so Excel opens the Chinese text correctly.
/// </summary>
public sealed class ItemScoresCsv(ExportReader reader)
{
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    public static IReadOnlyList<string> Header => Texts.Zh.CsvItemScoresHeader;

    public byte[] Build(PeriodView period) => Build(reader.Read(period));

    public static string FileName(PeriodView period) => Texts.Zh.CsvItemScoresFileName(period.Name);

    public static byte[] Build(ExportSnapshot snapshot)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var sheet in snapshot.Sheets.Values.OrderBy(s => s.Village.Id))
            foreach (var category in sheet.Categories)
                foreach (var item in category.Items)
                    Line(text,
                    [
                        snapshot.Period.Name, sheet.Village.Name,
                        (category.Index + 1).ToString(CultureInfo.InvariantCulture), category.Name,
                        (item.Item + 1).ToString(CultureInfo.InvariantCulture), item.Name,
                        Number(item.Max), item.Score is { } s ? Number(s) : "",
                        item.MemberName ?? "", item.At is { } at ? ScoreSheetWorkbook.Time(at) : "",
                    ]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Field(fields[i]));
        }
        text.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; text that Excel would run as a formula (=, +, -, @) is prefixed with an apostrophe.</summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
