using System.Text;
using ChatAppraisal.Evidence;

namespace ChatAppraisal.Tests.Evidence;

public class ContentSnifferTests
{
    public static TheoryData<string, byte[], FileType> Accepted => new()
    {
        { "x.jpg", EvidenceFiles.Jpeg(), FileType.Jpeg },
        { "x.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], FileType.Png },
        { "x.gif", [.. "GIF89a"u8, 1, 0, 1, 0], FileType.Gif },
        { "x.webp", [.. "RIFF"u8, 36, 0, 0, 0, .. "WEBPVP8 "u8], FileType.WebP },
        { "IMG_0001.HEIC", [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8], FileType.Heic },
        { "x.pdf", EvidenceFiles.Pdf(1), FileType.Pdf },
        { "汇报.docx", EvidenceFiles.Docx("你好"), FileType.Docx },
        { "名单.txt", Encoding.UTF8.GetBytes("花名册：张三、李四\r\n"), FileType.Text },
        { "名单.txt", [0xBB, 0xA8, 0xC3, 0xFB, 0xB2, 0xE1], FileType.Text }, // 花名册 in GB18030
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void ImagesPdfOfficeAndTextAreKnownByTheirBytes(string name, byte[] bytes, FileType expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(bytes, name).Type);

    public static TheoryData<string, byte[], AttachRefusal> Refused => new()
    {
        { "照片.jpg", EvidenceFiles.Exe(), AttachRefusal.Executable },
        { "readme.txt", [0x7F, .. "ELF"u8, 2, 1, 1], AttachRefusal.Executable },
        { "a.pdf", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], AttachRefusal.Executable },
        { "台账.txt", Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf /\n"), AttachRefusal.Executable },
        { "台账.exe", EvidenceFiles.Jpeg(), AttachRefusal.Executable },    // a name that runs, whatever it holds
        { "汇报.docx", EvidenceFiles.Zip(), AttachRefusal.Archive },
        { "a.rar", [.. "Rar!"u8, 0x1A, 0x07, 0x01, 0x00], AttachRefusal.Archive },
        { "a.7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], AttachRefusal.Archive },
        { "a.txt", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0], AttachRefusal.Archive },
        { "旧.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], AttachRefusal.Unsupported },
        { "空.txt", [], AttachRefusal.Empty },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ProgramsArchivesAndUnknownBytesAreRefusedByTheirContent(string name, byte[] bytes, AttachRefusal expected)
    {
        var sniffed = ContentSniffer.Sniff(bytes, name);
        Assert.Null(sniffed.Type);
        Assert.Equal(expected, sniffed.Refusal);
    }
}
