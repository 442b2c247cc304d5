using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using System.IO.Compression;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace ChatAppraisal.Tests.Evidence;

public class EvidenceExportTests
{
    [Fact]
    public async Task ExportAddsAZipWithAFolderPerVillageAndItemAndTheWorkbookListsEachAttachmentWithItsHash()
    {
        using var chat = new ChatHarness();
        var examiner = await chat.AtItem(3);
        var photo = EvidenceFiles.Photo(7);
        await chat.SendFile(examiner, photo);
        await chat.Send(examiner, "/cancel");
        await chat.Send(examiner, "/report 东湾村");
        var report = EvidenceFiles.DocxFile("东湾村汇报.docx", "一、党建和党风廉政建设", "内容");
        await chat.SendFile(examiner, report);
        var office = chat.Member("王主任", Role.Office);

        var documents = (await chat.Send(office, "/export")).OfType<DocumentReply>().ToList();

        Assert.Equal(["2017年度综合考核评分表.xlsx", "2017年度项目得分.csv", "2017年度考核附件.zip"], documents.Select(d => d.FileName));
        Assert.Contains("附件 2 个（2 个村", documents[2].Caption);
        var attachments = chat.AttachmentDocs();
        using var zip = new ZipArchive(new MemoryStream(documents[2].Content));
        var photoEntry = Assert.Single(zip.Entries, e => e.FullName.StartsWith("新庄村/01 党建工作/03 做合格党员/", StringComparison.Ordinal));
        Assert.Equal($"新庄村/01 党建工作/03 做合格党员/{attachments[0].Id}_{attachments[0].FileName}", photoEntry.FullName);
        Assert.Equal(photo.Content, Read(photoEntry));
        var reportEntry = Assert.Single(zip.Entries, e => e.FullName.StartsWith("东湾村/00 书面材料/", StringComparison.Ordinal));
        Assert.Equal($"东湾村/00 书面材料/书面汇报_{attachments[1].Id}_东湾村汇报.docx", reportEntry.FullName);
        Assert.Equal(report.Content, Read(reportEntry));

        var rows = SheetRows(documents[0].Content, "附件清单");
        var photoRow = Assert.Single(rows, r => r.Contains(attachments[0].Sha256));
        Assert.Equal(["新庄村", "党建工作", "3. 做合格党员", "照片"], photoRow.Take(4));
        Assert.Contains(photoEntry.FullName, photoRow);
        Assert.Contains(rows, r => r.Contains(attachments[1].Sha256) && r.Contains("书面汇报") && r.Contains(reportEntry.FullName));
    }

    [Fact]
    public async Task ExportWithoutAttachmentsHasNoZipAndNoListSheet()
    {
        using var chat = new ChatHarness();
        var office = chat.Member("王主任", Role.Office);

        var documents = (await chat.Send(office, "/export")).OfType<DocumentReply>().ToList();

        Assert.Equal(2, documents.Count);
        Assert.Null(SheetRowsOrNull(documents[0].Content, "附件清单"));
    }

    [Fact]
    public async Task SheetCountsTheAttachmentsAndItsTextListsThemUnderTheirItems()
    {
        using var chat = new ChatHarness();
        var examiner = await chat.AtItem(3);
        await chat.SendFile(examiner, EvidenceFiles.Photo());
        await chat.SendFile(examiner, EvidenceFiles.DocxFile("党员花名册.docx", "花名册"));
        var office = chat.Member("王主任", Role.Office);

        Assert.Contains("📎 附件：照片 1 张、文件 1 份（/sheet 新庄村 text 列出）", (await chat.Send(office, "/sheet 新庄")).Text());
        var text = (await chat.Send(office, "/sheet 新庄 text")).Text();

        Assert.Contains("新庄村的附件：", text);
        Assert.Contains("· 党建工作 3. 做合格党员：照片_20180115_", text);
        Assert.Contains("· 党建工作 3. 做合格党员：党员花名册.docx（文件，", text);
        Assert.Contains($"sha256:{chat.AttachmentDocs()[1].Sha256[..12]}…", text);
    }

    static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    static List<List<string>> SheetRows(byte[] xlsx, string sheetName) => SheetRowsOrNull(xlsx, sheetName) ?? throw new InvalidOperationException($"No sheet {sheetName}.");

    static List<List<string>>? SheetRowsOrNull(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<S.Sheet>().FirstOrDefault(s => s.Name == sheetName);
        if (sheet is null) return null;
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<S.Row>().Select(r => r.Elements<S.Cell>().Select(c => c.InnerText).ToList()).ToList();
    }
}
