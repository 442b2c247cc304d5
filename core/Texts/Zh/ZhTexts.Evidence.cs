using ChatAppraisal.Evidence;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    const string Formats = "照片（JPEG、PNG、GIF、WebP、HEIC）、PDF、Word（.docx）、Excel（.xlsx）或文本（.txt）";

    public override string FileNotHere => "这里不收照片或文件。在 /score 的评分项目处发送，会附到该项目上；书面汇报请用 /report 村名。";

    public override string FileRefused(AttachRefusal refusal, string fileName, long size, int maxTotalMegabytes)
    {
        var name = $"“{Shorten(fileName)}”";
        return refusal switch
        {
            AttachRefusal.Empty => $"{name}是空文件，没有保存。",
            AttachRefusal.TooLarge => $"{name}有 {Size(size)}，超过每个文件 {EvidenceOptions.MaxFileMegabytes} MB 的上限，没有保存。请压缩照片或分成几个文件再发。",
            AttachRefusal.StorageFull => $"附件存储已满（上限 {maxTotalMegabytes} MB），{name}没有保存。请告知管理员。",
            AttachRefusal.Executable => $"{name}是程序或脚本，不能作为附件，没有保存。",
            AttachRefusal.Archive => $"{name}是压缩包，不能作为附件，没有保存。请把里面的照片或文件逐个发送。",
            _ => $"{name}的格式不能作为附件，没有保存。可以发送{Formats}。",
        };
    }

    public override string AttachmentCount(int photos, int files) =>
        string.Join("、", new[] { photos > 0 ? $"照片 {photos} 张" : "", files > 0 ? $"文件 {files} 份" : "" }.Where(s => s.Length > 0));
    public override string AttachedNote(string count) => $"📎 已附上：{count}";
    public override string ScoreFileNotAtItem => "请先选到具体的评分项目，再发送照片或文件，它会附到该项目上。";

    public override string DescribeAttach => "附上照片或文件：在 /score 的项目处直接发送；其他时候发送后会问属于哪个村、哪一项";
    public override string AttachHelp =>
        $"可以发送{Formats}，每个不超过 {EvidenceOptions.MaxFileMegabytes} MB；程序和压缩包不收。" +
        "\n企业微信收不到成员发给应用的文件：请在网页版对话里用“上传”发送。";
    public override string AttachAskFile => $"请发送要附上的照片或文件（{Formats}，每个不超过 {EvidenceOptions.MaxFileMegabytes} MB）。";
    public override string AttachChooseVillage(string fileName, bool photo) => $"收到{(photo ? "照片" : "文件")}“{Shorten(fileName)}”。它属于哪个村？";
    public override string AttachChooseCategory(string village) => $"属于{village}的哪一类？";
    public override string AttachChooseItem(string village, string category) => $"属于{village} · {category}的哪一项？请点按钮或输入序号。";
    public override string AttachItemButton(int number, string item) => $"{number}. {Shorten(item)}";
    public override string AttachItemNotFound(string typed, int count) => $"没有第“{Shorten(typed)}”项。请输入 1–{count} 的序号。";
    public override string AttachPlaced(string village, string category, string item, string count) =>
        $"✓ 已附到 {village} · {category} · {item}。\n📎 本项附件：{count}";
    public override string AttachGone => "这份文件已经不在了（超过一天没有归到项目上）。请重新发送。";

    public override string DescribeReport => "收书面材料：/report 村名（党组织书记书面汇报、第一书记述职）";
    public override string ReportHelp =>
        "发送 .docx、.pdf 或 .txt 文件，或把文字直接粘贴发送（可以分几条发，发完点“完成”）。" +
        $"\nWord 和文本会统计字数（不计空格），书面汇报不足 {ReportReader.WrittenReportMinimum} 字或缺少某部分标题时会提醒，但照样保存。";
    public override string ReportKindName(AttachmentKind kind) => kind == AttachmentKind.SecretaryAccount ? "第一书记述职" : "党组织书记书面汇报";
    public override string ReportChooseVillage => "收哪个村的书面材料？";
    public override string ReportAsk(string village, AttachmentKind kind, int existing) =>
        $"请发送{village}的{ReportKindName(kind)}：.docx、.pdf 或 .txt 文件，或者把文字直接粘贴发送（可以分几条发，发完点“完成”）。" +
        (kind == AttachmentKind.WrittenReport ? $"\n方案要求：不少于 {ReportReader.WrittenReportMinimum} 字，分{string.Join("；", ReportReader.WrittenReportParts.Select(p => p.Name))}三部分。" : "") +
        (existing > 0 ? $"\n（已收到 {existing} 份，新的一并保留；不需要就点“跳过”。）" : "");
    public override string ReportDone => "完成";
    public override string ReportSkip => "跳过";
    public override string ReportPastedSoFar(int messages, int characters) => $"已收到 {messages} 条，共 {characters} 字。继续粘贴，或点“完成”保存。";
    public override string ReportNothingPasted => "还没有收到文字。请发送文件或粘贴文字，或点“跳过”。";
    public override string ReportWrongType(string fileName) => $"“{Shorten(fileName)}”不是 .docx、.pdf 或 .txt，没有保存。书面材料请发这三种文件，或直接粘贴文字。";
    public override string ReportStored(AttachmentKind kind, string fileName, ReportReading reading, bool pasted)
    {
        var lines = new List<string>
        {
            $"✓ 已保存{ReportKindName(kind)}：{(pasted ? "粘贴的文字" : $"“{Shorten(fileName)}”")}" +
            (reading.Characters is { } n ? $"，{n} 字" : "") + (reading.Pages is { } p ? $"，{p} 页" : ""),
        };
        if (kind == AttachmentKind.WrittenReport && reading.TooShort(ReportReader.WrittenReportMinimum))
            lines.Add($"⚠ 只有 {reading.Characters} 字，方案要求书面汇报不少于 {ReportReader.WrittenReportMinimum} 字。");
        if (reading.MissingParts.Count > 0) lines.Add($"⚠ 没有找到这些部分的标题：{string.Join("；", reading.MissingParts)}。");
        if (reading.Characters is null && reading.Pages is not null) lines.Add("PDF 不统计字数，请考核组自行核对。");
        if (lines.Count > 1) lines.Add("以上只是提醒，材料已保存，由考核组判断。");
        return string.Join("\n", lines);
    }
    public override string ReportDraftDropped(int characters) => $"之前粘贴的 {characters} 字没有保存（改收了文件）。";
    public override string ReportFinished(string village) => $"{village}的书面材料已处理完。/sheet {village} text 可以查看附件清单。";

    public override string SheetAttachmentsSummary(string count, int reports, string village) =>
        $"📎 附件：{(count.Length > 0 ? count : "无项目附件")}{(reports > 0 ? $"；书面材料 {reports} 份" : "")}（/sheet {village} text 列出）";
    public override string SheetAttachmentList(string village, IEnumerable<string> lines) => $"{village}的附件：\n{string.Join("\n", lines)}";
    public override string SheetAttachmentLine(string place, SheetAttachment a) =>
        $"· {place}：{a.FileName}（{(a.IsPhoto ? "照片" : "文件")}，{Size(a.Size)}" +
        (a.Characters is { } n ? $"，{n} 字" : "") + (a.Pages is { } p ? $"，{p} 页" : "") +
        $"，{a.MemberName} {a.At.AddHours(8):MM-dd HH:mm}，sha256:{ShortHash(a.Sha256)}）";
    public override string ExportZipCaption(int attachments, int villages) =>
        $"附件 {attachments} 个（{villages} 个村，按村和项目分文件夹），SHA-256 与评分表“附件清单”一一对应";
}
