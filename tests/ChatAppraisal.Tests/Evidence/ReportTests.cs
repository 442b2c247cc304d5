using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.Evidence;

public class ReportTests
{
    // 11 + 1,200 + 19 + 13 = the characters that are not white space (spaces, tabs and full-width spaces are not counted).
    static readonly string[] ShortReport =
    [
        "一、党建和党风廉政建设",                          // 11 characters, a heading of part 1
        string.Concat(Enumerable.Repeat("抓党建 促发展　", 200)),     // 200 × 6 = 1,200
        "二、经济社会发展情况 and 产业 2017",            // 10 + 3 + 2 + 4 = 19
        "\t今年全村人均收入稳步增长 。",                   // 13
    ];

    [Fact]
    public void AWordReportsCharactersAreCountedWithoutSpacesAsAWordProcessorCountsThem()
    {
        var reading = ReportReader.Read(FileType.Docx, EvidenceFiles.Docx(ShortReport), AttachmentKind.WrittenReport);

        Assert.Equal(11 + 1200 + 19 + 13, reading.Characters);
        Assert.True(reading.TooShort(ReportReader.WrittenReportMinimum));
        Assert.Equal(["下一年工作打算"], reading.MissingParts); // the long paragraph is not a heading; parts 1 and 2 are found
    }

    [Fact]
    public async Task ReportTakesTheWrittenReportAsWordWarnsThatItIsShortAndThenThePastedAccount()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();

        Assert.Contains("请发送新庄村的党组织书记书面汇报", (await chat.Send(user, "/report 新庄村")).Text());
        var stored = (await chat.SendFile(user, EvidenceFiles.DocxFile("新庄村书面汇报.docx", ShortReport))).Text();

        Assert.Contains("✓ 已保存党组织书记书面汇报：“新庄村书面汇报.docx”，1243 字", stored);
        Assert.Contains("⚠ 只有 1243 字，方案要求书面汇报不少于 3000 字", stored);
        Assert.Contains("⚠ 没有找到这些部分的标题：下一年工作打算", stored);
        Assert.Contains("请发送新庄村的第一书记述职", stored);

        // The account pasted in three messages, one longer than an ordinary answer may be; then 完成.
        var part1 = "一、履职情况\n" + new string('驻', 1200);
        await chat.Send(user, part1);
        Assert.Contains("已收到 2 条", (await chat.Send(user, "二、工作实绩：修路 3 公里")).Text());
        await chat.Send(user, "三、存在的问题和下一步打算");
        var done = (await chat.Press(user, "完成")).Text();

        Assert.Contains("✓ 已保存第一书记述职：粘贴的文字", done);
        Assert.DoesNotContain("⚠", done);
        Assert.Contains("新庄村的书面材料已处理完", done);
        var docs = chat.AttachmentDocs();
        Assert.Equal([AttachmentKind.WrittenReport, AttachmentKind.SecretaryAccount], docs.Select(d => d.Kind));
        Assert.Equal(1243, docs[0].Characters);
        Assert.Equal(["下一年工作打算"], docs[0].MissingParts);
        var account = docs[1];
        Assert.True(account.Pasted);
        Assert.Equal("新庄村_第一书记述职.txt", account.FileName);
        Assert.Equal(ReportReader.CountCharacters(part1 + "二、工作实绩：修路 3 公里" + "三、存在的问题和下一步打算"), account.Characters);
        Assert.Contains("二、工作实绩", System.Text.Encoding.UTF8.GetString(chat.Attachments().Content(account)));
    }

    [Fact]
    public async Task TheGroupLeaderTakesTheReportAndAttachesAPhotoWithoutTheExaminerRoleButALeaderMayNot()
    {
        using var chat = new ChatHarness();
        var groupLeader = chat.Member("张晓岩", ChatAppraisal.Members.Role.GroupLeader);
        var leader = chat.Member("李书记", ChatAppraisal.Members.Role.Leader);

        Assert.Contains("请发送新庄村的党组织书记书面汇报", (await chat.Send(groupLeader, "汇报 新庄村")).Text());
        Assert.Contains("✓ 已保存党组织书记书面汇报", (await chat.SendFile(groupLeader, EvidenceFiles.DocxFile("新庄村书面汇报.docx", ShortReport))).Text());
        await chat.Send(groupLeader, "/cancel");
        Assert.Contains("/report", (await chat.Send(groupLeader, "/help")).Text());
        Assert.Equal("张晓岩", Assert.Single(chat.AttachmentDocs()).MemberName);

        Assert.Contains("考核组业务人员", (await chat.Send(leader, "/report 新庄村")).Text());
        Assert.DoesNotContain("/report", (await chat.Send(leader, "/help")).Text());
        Assert.Single(chat.AttachmentDocs());
    }

    [Fact]
    public async Task APdfReportIsStoredWithItsPageCountAndAPhotoIsNotAReport()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/report 新庄");

        Assert.Contains("不是 .docx、.pdf 或 .txt，没有保存", (await chat.SendFile(user, new ChatFile("汇报.jpg", null, EvidenceFiles.Jpeg()))).Text());
        Assert.Empty(chat.AttachmentDocs());
        var stored = (await chat.SendFile(user, new ChatFile("汇报.pdf", "application/pdf", EvidenceFiles.Pdf(3)))).Text();

        Assert.Contains("✓ 已保存党组织书记书面汇报：“汇报.pdf”，3 页", stored);
        Assert.Contains("PDF 不统计字数", stored);
        var doc = Assert.Single(chat.AttachmentDocs());
        Assert.Equal((3, (int?)null, "application/pdf"), (doc.Pages!.Value, doc.Characters, doc.ContentType));
    }

    [Fact]
    public async Task ATextFileInGb18030IsCountedAndAFullReportGetsNoWarning()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/report 新庄村");
        var text = "一、党建和党风廉政建设\n" + new string('党', 1000) + "\n二、经济社会发展、脱贫攻坚及产业覆盖\n" + new string('产', 1000)
                   + "\n三、下一年工作打算\n" + new string('计', 1000);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding("GB18030").GetBytes(text);

        var stored = (await chat.SendFile(user, new ChatFile("汇报.txt", "text/plain", gbk))).Text();

        Assert.Contains($"，{ReportReader.CountCharacters(text)} 字", stored);
        Assert.DoesNotContain("⚠", stored);
    }
}

public class EnglishEvidenceTests
{
    [Fact]
    public async Task TheWarningsAndRefusalsReadInEnglish()
    {
        using var chat = new ChatHarness("en");
        var user = chat.Examiner();
        await chat.Send(user, "/report 新庄村");

        var stored = (await chat.SendFile(user, EvidenceFiles.DocxFile("report.docx", "一、党建", "短"))).Text();
        var refused = (await chat.SendFile(user, new ChatFile("setup.pdf", null, EvidenceFiles.Exe()))).Text();

        Assert.Contains("✓ Saved the Party branch secretary's written report: \"report.docx\", 5 characters", stored);
        Assert.Contains("⚠ Only 5 characters; the plan asks for at least 3000.", stored);
        Assert.Contains("⚠ No heading found for: 经济社会发展、脱贫攻坚及产业覆盖; 下一年工作打算.", stored);
        Assert.Contains("\"setup.pdf\" is a program or script and cannot be attached; nothing was saved.", refused);
    }
}
