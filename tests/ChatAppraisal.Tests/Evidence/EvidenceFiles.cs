using System.IO.Compression;
using System.Text;
using ChatAppraisal.Conversations;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ChatAppraisal.Tests.Evidence;

/// <summary>Files as examiners send them, made in the test: a photo, a Word report, a PDF, and the things to refuse.</summary>
static class EvidenceFiles
{
    /// <summary>A JPEG's first bytes (SOI, APP0 JFIF) and some body: enough for sniffing, different per <paramref name="seed"/>.</summary>
    public static byte[] Jpeg(int seed = 1, int size = 2000)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];
        head.CopyTo(bytes, 0);
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }

    public static ChatFile Photo(int seed = 1) => new("", "image/jpeg", Jpeg(seed), IsPhoto: true);

    /// <summary>A .docx whose body has these paragraphs.</summary>
    public static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs.Select(p => new W.Paragraph(new W.Run(new W.Text(p) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static ChatFile DocxFile(string name, params string[] paragraphs) =>
        new(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Docx(paragraphs));

    public static byte[] Pdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++) builder.AddPage(PageSize.A4);
        return builder.Build();
    }

    /// <summary>A Windows program's first bytes ("MZ", the DOS stub).</summary>
    public static byte[] Exe() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.")];

    /// <summary>A plain zip of two photos (not an Office document).</summary>
    public static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in new[] { "1.jpg", "2.jpg" })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Jpeg());
            }
        return stream.ToArray();
    }
}
