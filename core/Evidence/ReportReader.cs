using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ChatAppraisal.Evidence;

/// <summary>One part a report must have, found by any of its key words in a heading-like line.</summary>
public sealed record ReportPart(string Name, IReadOnlyList<string> KeyWords);

/// <summary>What was read of a report: its 字数 (null for a PDF), its pages (PDF only), the parts whose heading was not found.</summary>
public sealed record ReportReading(int? Characters, int? Pages, IReadOnlyList<string> MissingParts)
{
    public bool TooShort(int minimum) => Characters is { } n && n < minimum;
}

/// <summary>
/// Reads a written report as the plan asks for it. 字数 is every character that is not white space (as WPS and Word count
/// 字符数（不计空格）); a heading is a line of at most <see cref="HeadingMaxLength"/> non-space characters holding one of
/// its part's key words, so "一、抓党建促廉政" finds the first part and a long paragraph that mentions 产业 does not find
/// the second. A warning never refuses: the examiner decides.
/// </summary>
public static class ReportReader
{
    /// <summary>The plan: 书面汇报 of at least 3,000 characters.</summary>
    public const int WrittenReportMinimum = 3000;

    public const int HeadingMaxLength = 40;

    /// <summary>The written report's three parts (党建和党风廉政建设; 经济社会发展、脱贫攻坚及产业覆盖; 下一年工作打算).</summary>
    public static readonly IReadOnlyList<ReportPart> WrittenReportParts =
    [
        new("党建和党风廉政建设", ["党建", "党风", "廉政", "党的建设", "基层党组织"]),
        new("经济社会发展、脱贫攻坚及产业覆盖", ["经济", "脱贫", "扶贫", "产业"]),
        new("下一年工作打算", ["打算", "计划", "下一年", "明年", "下一步", "下步"]),
    ];

    /// <summary>The first secretary's account: 履职情况, 工作实绩, 存在的问题和下一步打算.</summary>
    public static readonly IReadOnlyList<ReportPart> SecretaryAccountParts =
    [
        new("履职情况", ["履职", "职责"]),
        new("工作实绩", ["实绩", "成效", "成绩", "业绩"]),
        new("存在的问题和下一步打算", ["问题", "不足", "打算", "下一步"]),
    ];

    public static IReadOnlyList<ReportPart> Parts(AttachmentKind kind) =>
        kind == AttachmentKind.SecretaryAccount ? SecretaryAccountParts : WrittenReportParts;

    /// <summary>Reads a report file already sniffed as <paramref name="type"/>; other types (an image, an .xlsx) give an empty reading.</summary>
    public static ReportReading Read(FileType type, byte[] bytes, AttachmentKind kind) => type switch
    {
        FileType.Docx => FromText(DocxText(bytes), kind),
        FileType.Text => FromText(TextDecoder.Decode(bytes) ?? "", kind),
        FileType.Pdf => new ReportReading(null, PdfPages(bytes), []),
        _ => new ReportReading(null, null, []),
    };

    public static ReportReading FromText(string text, AttachmentKind kind)
    {
        var lines = text.Split('\n');
        var missing = Parts(kind).Where(p => !lines.Any(line => IsHeadingOf(line, p))).Select(p => p.Name).ToList();
        return new ReportReading(CountCharacters(text), null, missing);
    }

    /// <summary>字数: every character but white space (a character outside the BMP counts once).</summary>
    public static int CountCharacters(string text) => text.EnumerateRunes().Count(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r));

    static bool IsHeadingOf(string line, ReportPart part) =>
        CountCharacters(line) is > 0 and <= HeadingMaxLength && part.KeyWords.Any(k => line.Contains(k, StringComparison.Ordinal));

    /// <summary>The body's paragraphs (tables included), one a line; headers, footers and comments are not counted, as in Word.</summary>
    public static string DocxText(byte[] bytes)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return "";
            return string.Join("\n", body.Descendants<W.Paragraph>().Select(p => p.InnerText));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            return "";
        }
    }

    static int? PdfPages(byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            return pdf.NumberOfPages;
        }
        catch (Exception)
        {
            // A PDF PdfPig cannot parse is still stored: the examiner has read it; only its page count is unknown.
            return null;
        }
    }
}
