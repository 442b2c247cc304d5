using ChatAppraisal.Evidence;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    const string Formats = "photos (JPEG, PNG, GIF, WebP, HEIC), PDF, Word (.docx), Excel (.xlsx) or text (.txt)";

    public override string FileNotHere => "Photos and files are not taken here. Send them at an item prompt of /score to attach them to that item; written reports go through /report VILLAGE.";

    public override string FileRefused(AttachRefusal refusal, string fileName, long size, int maxTotalMegabytes)
    {
        var name = $"\"{Shorten(fileName)}\"";
        return refusal switch
        {
            AttachRefusal.Empty => $"{name} is empty; nothing was saved.",
            AttachRefusal.TooLarge => $"{name} is {Size(size)}, over the limit of {EvidenceOptions.MaxFileMegabytes} MB a file; nothing was saved. Shrink the photo or split the file.",
            AttachRefusal.StorageFull => $"The attachment storage is full (limit {maxTotalMegabytes} MB); {name} was not saved. Please tell an admin.",
            AttachRefusal.Executable => $"{name} is a program or script and cannot be attached; nothing was saved.",
            AttachRefusal.Archive => $"{name} is an archive and cannot be attached; nothing was saved. Send the photos or files inside it one by one.",
            _ => $"{name} is not a format that can be attached; nothing was saved. You can send {Formats}.",
        };
    }

    public override string AttachmentCount(int photos, int files) =>
        string.Join(", ", new[] { photos > 0 ? $"{photos} photo{(photos == 1 ? "" : "s")}" : "", files > 0 ? $"{files} file{(files == 1 ? "" : "s")}" : "" }.Where(s => s.Length > 0));
    public override string AttachedNote(string count) => $"📎 Attached: {count}";
    public override string ScoreFileNotAtItem => "Choose an item first, then send the photo or file: it is attached to that item.";

    public override string DescribeAttach => "attach a photo or file: send it at an item of /score; sent elsewhere, the bot asks which village and item it belongs to";
    public override string AttachHelp =>
        $"You can send {Formats}, at most {EvidenceOptions.MaxFileMegabytes} MB each; programs and archives are refused." +
        "\nWeCom does not pass files members send to the app: upload them in the browser chat instead.";
    public override string AttachAskFile => $"Send the photo or file to attach ({Formats}, at most {EvidenceOptions.MaxFileMegabytes} MB each).";
    public override string AttachChooseVillage(string fileName, bool photo) => $"Got the {(photo ? "photo" : "file")} \"{Shorten(fileName)}\". Which village is it for?";
    public override string AttachChooseCategory(string village) => $"Which category of {village}?";
    public override string AttachChooseItem(string village, string category) => $"Which item of {village} · {category}? Press a button or type its number.";
    public override string AttachItemButton(int number, string item) => $"{number}. {Shorten(item)}";
    public override string AttachItemNotFound(string typed, int count) => $"There is no item \"{Shorten(typed)}\". Type a number from 1 to {count}.";
    public override string AttachPlaced(string village, string category, string item, string count) =>
        $"✓ Attached to {village} · {category} · {item}.\n📎 Attached to this item: {count}";
    public override string AttachGone => "That file is no longer here (it waited over a day without an item). Please send it again.";

    public override string DescribeReport => "receive the written reports: /report VILLAGE (the branch secretary's report, the first secretary's account)";
    public override string ReportHelp =>
        "Send a .docx, .pdf or .txt file, or paste the text as messages (several are fine; press Done at the end)." +
        $"\nWord and text files are counted (characters without spaces); a written report under {ReportReader.WrittenReportMinimum} characters or missing a part's heading is warned about, and saved all the same.";
    public override string ReportKindName(AttachmentKind kind) => kind == AttachmentKind.SecretaryAccount ? "first secretary's account of duty" : "Party branch secretary's written report";
    public override string ReportChooseVillage => "Which village's written reports?";
    public override string ReportAsk(string village, AttachmentKind kind, int existing) =>
        $"Send the {ReportKindName(kind)} of {village}: a .docx, .pdf or .txt file, or paste the text as messages (several are fine; press Done at the end)." +
        (kind == AttachmentKind.WrittenReport ? $"\nThe plan asks for at least {ReportReader.WrittenReportMinimum} characters in three parts: {string.Join("; ", ReportReader.WrittenReportParts.Select(p => p.Name))}." : "") +
        (existing > 0 ? $"\n({existing} already received; a new one is kept beside it. Press Skip if none is needed.)" : "");
    public override string ReportDone => "Done";
    public override string ReportSkip => "Skip";
    public override string ReportPastedSoFar(int messages, int characters) => $"{messages} message(s) received, {characters} characters. Paste more, or press Done to save.";
    public override string ReportNothingPasted => "No text received yet. Send a file or paste the text, or press Skip.";
    public override string ReportWrongType(string fileName) => $"\"{Shorten(fileName)}\" is not a .docx, .pdf or .txt; nothing was saved. Send one of those, or paste the text.";
    public override string ReportStored(AttachmentKind kind, string fileName, ReportReading reading, bool pasted)
    {
        var lines = new List<string>
        {
            $"✓ Saved the {ReportKindName(kind)}: {(pasted ? "the pasted text" : $"\"{Shorten(fileName)}\"")}" +
            (reading.Characters is { } n ? $", {n} characters" : "") + (reading.Pages is { } p ? $", {p} page(s)" : ""),
        };
        if (kind == AttachmentKind.WrittenReport && reading.TooShort(ReportReader.WrittenReportMinimum))
            lines.Add($"⚠ Only {reading.Characters} characters; the plan asks for at least {ReportReader.WrittenReportMinimum}.");
        if (reading.MissingParts.Count > 0) lines.Add($"⚠ No heading found for: {string.Join("; ", reading.MissingParts)}.");
        if (reading.Characters is null && reading.Pages is not null) lines.Add("A PDF's characters are not counted: the examiners check it themselves.");
        if (lines.Count > 1) lines.Add("These are warnings only: the report is saved and the examiners decide.");
        return string.Join("\n", lines);
    }
    public override string ReportDraftDropped(int characters) => $"The {characters} characters pasted before were not saved (a file came instead).";
    public override string ReportFinished(string village) => $"The written reports of {village} are done. /sheet {village} text lists the attachments.";

    public override string SheetAttachmentsSummary(string count, int reports, string village) =>
        $"📎 Attachments: {(count.Length > 0 ? count : "none on items")}{(reports > 0 ? $"; {reports} written report(s)" : "")} (/sheet {village} text lists them)";
    public override string SheetAttachmentList(string village, IEnumerable<string> lines) => $"Attachments of {village}:\n{string.Join("\n", lines)}";
    public override string SheetAttachmentLine(string place, SheetAttachment a) =>
        $"· {place}: {a.FileName} ({(a.IsPhoto ? "photo" : "file")}, {Size(a.Size)}" +
        (a.Characters is { } n ? $", {n} characters" : "") + (a.Pages is { } p ? $", {p} page(s)" : "") +
        $", {a.MemberName} {a.At.AddHours(8):MM-dd HH:mm}, sha256:{ShortHash(a.Sha256)})";
    public override string ExportZipCaption(int attachments, int villages) =>
        $"{attachments} attachment(s) of {villages} village(s), in a folder per village and item; the SHA-256 match the workbook's 附件清单 sheet";
}
