using System.IO.Compression;
using System.Text;

namespace ChatAppraisal.Evidence;

/// <summary>What the bytes of a file are, by their content (magic bytes), whatever its name says.</summary>
public enum FileType
{
    Jpeg,
    Png,
    Gif,
    WebP,
    Heic,
    Pdf,
    Docx,
    Xlsx,
    Text,
}

/// <summary>Why a file is not taken (or not removed).</summary>
public enum AttachRefusal
{
    None,
    Empty,
    TooLarge,
    /// <summary>All attachments together would pass <see cref="EvidenceOptions.MaxAttachmentsMegabytes"/>.</summary>
    StorageFull,
    /// <summary>A program or script (MZ, ELF, Mach-O, #!), or a name that runs (.exe, .bat…).</summary>
    Executable,
    /// <summary>A zip that is not an Office document, rar, 7z, gz, bz2, xz, tar.</summary>
    Archive,
    /// <summary>Anything else (an old .doc, a video, binary data).</summary>
    Unsupported,
    /// <summary>The village's sheet is signed and sealed: nothing more is attached until an admin reopens it.</summary>
    Sealed,
    UnknownVillage,
    UnknownItem,
    /// <summary>The pending file to be placed is gone (placed already, or replaced by a newer one).</summary>
    NotPending,
}

public sealed record Sniffed(FileType? Type, AttachRefusal Refusal)
{
    public bool Ok => Type is not null;

    public string ContentType => Type switch
    {
        FileType.Jpeg => "image/jpeg",
        FileType.Png => "image/png",
        FileType.Gif => "image/gif",
        FileType.WebP => "image/webp",
        FileType.Heic => "image/heic",
        FileType.Pdf => "application/pdf",
        FileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileType.Text => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    public string Extension => Type switch
    {
        FileType.Jpeg => ".jpg",
        FileType.Png => ".png",
        FileType.Gif => ".gif",
        FileType.WebP => ".webp",
        FileType.Heic => ".heic",
        FileType.Pdf => ".pdf",
        FileType.Docx => ".docx",
        FileType.Xlsx => ".xlsx",
        _ => ".txt",
    };

    public bool IsImage => Type is FileType.Jpeg or FileType.Png or FileType.Gif or FileType.WebP or FileType.Heic;
}

/// <summary>
/// Accepts images (JPEG, PNG, GIF, WebP, HEIC), PDF, .docx (a zip holding word/document.xml), .xlsx (xl/workbook.xml) and
/// text (valid UTF-8, or GB18030 as Chinese Windows saves it); refuses programs, scripts and archives by their bytes, and
/// names that run whatever they hold.
/// </summary>
public static class ContentSniffer
{
    static readonly string[] RunnableExtensions =
        [".exe", ".com", ".scr", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".msi", ".dll", ".sh", ".jar", ".apk", ".lnk", ".hta"];

    static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1"];

    static ContentSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Sniffed Sniff(ReadOnlySpan<byte> bytes, string? fileName = null)
    {
        if (bytes.Length == 0) return new(null, AttachRefusal.Empty);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (IsExecutable(bytes) || RunnableExtensions.Contains(extension)) return new(null, AttachRefusal.Executable);
        if (StartsWith(bytes, "PK"u8) && bytes.Length >= 4 && bytes[2] is 3 or 5 or 7) return Zip(bytes.ToArray());
        if (IsArchive(bytes)) return new(null, AttachRefusal.Archive);
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return new(FileType.Jpeg, AttachRefusal.None);
        if (StartsWith(bytes, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new(FileType.Png, AttachRefusal.None);
        if (StartsWith(bytes, "GIF87a"u8) || StartsWith(bytes, "GIF89a"u8)) return new(FileType.Gif, AttachRefusal.None);
        if (bytes.Length >= 12 && StartsWith(bytes, "RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return new(FileType.WebP, AttachRefusal.None);
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && HeicBrands.Contains(Encoding.ASCII.GetString(bytes[8..12])))
            return new(FileType.Heic, AttachRefusal.None);
        if (StartsWith(bytes, "%PDF-"u8)) return new(FileType.Pdf, AttachRefusal.None);
        return TextDecoder.Decode(bytes) is not null ? new(FileType.Text, AttachRefusal.None) : new(null, AttachRefusal.Unsupported);
    }

    static bool IsExecutable(ReadOnlySpan<byte> b) =>
        StartsWith(b, "MZ"u8)                                            // Windows .exe, .dll
        || StartsWith(b, [0x7F, 0x45, 0x4C, 0x46])                       // ELF
        || StartsWith(b, [0xFE, 0xED, 0xFA, 0xCE]) || StartsWith(b, [0xFE, 0xED, 0xFA, 0xCF]) // Mach-O
        || StartsWith(b, [0xCE, 0xFA, 0xED, 0xFE]) || StartsWith(b, [0xCF, 0xFA, 0xED, 0xFE])
        || StartsWith(b, [0xCA, 0xFE, 0xBA, 0xBE])                       // Mach-O universal (and Java classes)
        || StartsWith(SkipBom(b), "#!"u8)                                // a script
        || StartsWith(b, "dex\n"u8);                                     // Android

    static bool IsArchive(ReadOnlySpan<byte> b) =>
        StartsWith(b, "Rar!\x1A\x07"u8)
        || StartsWith(b, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])          // 7z
        || StartsWith(b, [0x1F, 0x8B])                                   // gzip
        || StartsWith(b, "BZh"u8)
        || StartsWith(b, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])          // xz
        || StartsWith(b, [0x28, 0xB5, 0x2F, 0xFD])                       // zstd
        || StartsWith(b, [0x4D, 0x53, 0x43, 0x46])                       // cab
        || b.Length > 262 && b[257..262].SequenceEqual("ustar"u8);       // tar

    /// <summary>A zip is taken only as an Office document: a .docx holds word/document.xml, an .xlsx xl/workbook.xml.</summary>
    static Sniffed Zip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml")) return new(null, AttachRefusal.Archive);
            if (names.Contains("word/document.xml")) return new(FileType.Docx, AttachRefusal.None);
            if (names.Contains("xl/workbook.xml")) return new(FileType.Xlsx, AttachRefusal.None);
            return new(null, AttachRefusal.Archive);
        }
        catch (InvalidDataException)
        {
            return new(null, AttachRefusal.Archive);
        }
    }

    static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> b) => StartsWith(b, [0xEF, 0xBB, 0xBF]) ? b[3..] : b;

    static bool StartsWith(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.StartsWith(prefix);
}

/// <summary>Text files as examiners have them: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (GBK) from Chinese Windows.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or null when the bytes are not text (invalid in both encodings, or control characters of binary data).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            if (!TryDecode(bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode : Encoding.BigEndianUnicode, bytes[2..], out text)) return null;
        }
        else if (!TryDecode(new UTF8Encoding(false, true), bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes, out text)
                 && !TryDecode(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes, out text))
        {
            return null;
        }
        return text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) ? null : text;
    }

    static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = (encoding is UnicodeEncoding ? new UnicodeEncoding(encoding == Encoding.BigEndianUnicode, false, true) : encoding).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
