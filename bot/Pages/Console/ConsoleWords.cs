namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// The office console's words, Chinese and English. The navigation's names and the form labels (村名, 姓名, each
/// role's Chinese name) are kept exactly: outside tools find the console's parts by them.
/// </summary>
public sealed partial class ConsoleWords
{
    public const string Channel = "web";

    static readonly ConsoleWords Zh = new(false), En = new(true);

    readonly bool _en;

    ConsoleWords(bool en) => _en = en;

    public static ConsoleWords For(string language) => language == "en" ? En : Zh;

    string T(string zh, string en) => _en ? en : zh;

    /// <summary>The chat's texts in the same language, for what the console says as the chat says it (days, channels).</summary>
    Conversations.Texts ChatTexts => Conversations.Texts.For(_en ? "en" : "zh");

    public string Console => T("考核办公室控制台", "Office console");
    public string Ranking => T("排名", "Ranking");
    public string Progress => T("进度", "Progress");
    public string Villages => T("村", "Villages");
    public string Members => T("成员", "Members");
    public string Rubric => T("评分细则", "Rubric");
    public string Periods => T("考核周期", "Periods");
    public string Audit => T("日志", "Audit");
    public string Export => T("导出", "Export");

    // Labels: the Chinese ones are kept in both languages' forms (the issue names them so).
    public string VillageName => T("村名", "村名 (village name)");
    public string MemberName => T("姓名", "姓名 (name)");

    public string Period => T("考核周期", "Period");
    public string Show => T("查看", "Show");
    public string Active => T("（当前）", " (active)");
    public string Rank => T("名次", "Rank");
    public string Village => T("村", "Village");
    public string Onsite => T("实地考核（1500分）", "On-site (of 1500)");
    public string Onsite1000 => T("实地折算（1000分）", "On-site (of 1000)");
    public string Leader => T("班子评分（100分）", "Leaders (of 100)");
    public string Leader1000 => T("班子折算（1000分）", "Leaders (of 1000)");
    public string Final => T("综合得分", "Final");
    public string Complete => T("是否完成", "Complete");
    public string Completion => T("完成度", "Completion");
    public string Items => T("已评项目", "Items scored");
    public string Leaders => T("已评领导", "Leaders rated");
    public string Yes => T("是", "yes");
    public string No => T("否", "no");
    public string Policy => T("计分办法", "Scoring policy");
    public string OnsiteWeight => T("实地考核权重", "On-site weight");
    public string LeaderWeight => T("班子评分权重", "Leaders' weight");
    public string Aggregation => T("班子评分汇总方式", "Leaders' aggregation");
    public string Mean => T("平均", "mean");
    public string Trimmed => T("去掉最高最低后平均", "trimmed mean");
    public string Cap => T("类别得分不超过满分", "Cap a category at its maximum");
    public string Formula => T("计算方法", "Formula");
    public string ChartAlt => T("排名图", "Ranking chart");
    public string NoVillages => T("还没有村。", "No villages yet.");

    public string VillagesProgress => T("各村进度", "Villages");
    public string Sealed => T("已签字", "Sealed");
    public string NotSealed => T("未签字", "Not sealed");
    public string Examiners => T("考核组成员", "Examiners");
    public string Entered => T("已录入项目", "Items entered");
    public string Unfinished => T("未完成的类别", "Unfinished categories");
    public string LeadersProgress => T("领导评分", "Leaders' ratings");
    public string Rated => T("已评村数", "Villages rated");
    public string Missing => T("未评的村", "Villages not rated");
    public string None => T("无", "none");
    public string NoExaminers => T("还没有考核组业务人员。请在“成员”中添加，并勾选“考核组业务人员”。", "No examiners yet: add them under Members with the examiner role.");
    public string NoLeaders => T("还没有党政班子成员。请在“成员”中添加，并勾选“党政班子成员”。", "No leadership members yet: add them under Members with the leader role.");

    public string Workbook => T("综合考核评分表（Excel）", "Score-sheet workbook (Excel)");
    public string Csv => T("项目得分（CSV）", "Item scores (CSV)");
    public string ExportNote => T("按当前考核周期现在的数据生成。", "Built from the active period's data as it is now.");

    public string Add => T("添加", "Add");
    public string Rename => T("改名", "Rename");
    public string Remove => T("删除", "Remove");
    public string RemoveAnyway => T("仍然删除（连同其得分）", "Remove anyway (with its scores)");
    public string Sheet => T("评分表", "Sheet");
    public string AddVillage => T("添加村", "Add a village");
    public string Save => T("保存", "Save");

    public string InvalidVillageName(int max) => T($"村名：请填写 1 到 {max} 个字，例如“新庄村”。", $"村名 (village name): write 1 to {max} characters, e.g. \"新庄村\".");
    public string DuplicateVillage(string name) => T($"村名：已经有叫“{name}”的村，村名不能重复。", $"村名 (village name): there is already a village called \"{name}\"; names must differ.");
    public string VillageSealed(string name) => T($"村名：{name}的评分表已签字，村名是签字指纹的一部分，请先撤销签字再改名。",
        $"村名 (village name): {name}'s sheet is sealed and its name is part of the seal's fingerprint; reopen the sheet first.");
    public string VillageHasEntries(string name, string entries) => T($"{name}已有{entries}。如确要删除，请按“仍然删除”，这些记录会一并删除并记入日志。",
        $"{name} has {entries}. To remove it with them, press \"Remove anyway\"; each removal is audited.");
    public string UnknownVillage => T("没有这个村（可能已被删除）。", "There is no such village (it may have been removed).");
    public string Added(string name) => T($"已添加：{name}", $"Added: {name}");
    public string Renamed(string name) => T($"已改名为：{name}", $"Renamed to: {name}");
    public string Removed(string name) => T($"已删除：{name}", $"Removed: {name}");

    public string Category => T("类别", "Category");
    public string Item => T("项目", "Item");
    public string Max => T("分值", "Max");
    public string Score => T("得分", "Score");
    public string EnteredBy => T("录入人", "Entered by");
    public string EnteredAt => T("录入时间（北京时间）", "Entered at (Beijing time)");
    public string OnsiteTotal => T("实地考核合计", "On-site total");
    public string Seal => T("签字", "Seal");
    public string SignedBy(string who, string at) => T($"{who} 于 {at} 签字", $"signed by {who} at {at}");
    public string FingerprintOk => T("指纹核对一致：签字后未改动。", "Fingerprint matches: unchanged since signing.");
    public string FingerprintBad => T("指纹不一致：签字后评分表被改动过！", "Fingerprint does NOT match: the sheet changed after signing!");
    public string NoSeal => T("尚未签字。", "Not sealed yet.");
    public string Reason => T("撤销原因", "Reason");
    public string Reopen => T("撤销签字，重新打开", "Reopen the sheet");
    public string ReasonRequired => T("撤销原因：请写明为什么要撤销签字。", "Reason: say why the sheet is reopened.");
    public string Reopened(string name) => T($"已撤销{name}的签字。", $"{name}'s sheet is reopened.");
    public string NotSealedAnyMore => T("这张评分表没有签字，无需撤销。", "This sheet is not sealed.");
    public string Capped => T("（超出满分，按满分计）", " (over the maximum; counted at it)");

    public string RolesLabel => T("角色", "Roles");
    public string Channels => T("已绑定的渠道", "Bound on");
    public string AddMember => T("添加成员", "Add a member");
    public string ChangeRoles => T("修改", "Change");
    public string NewInvite => T("新邀请码", "New invite");
    public string InviteFor(string name) => T($"{name}的邀请码", $"Invite for {name}");
    public string InviteCode => T("邀请码", "Invite code");
    public string InviteValid(string until) => T($"有效期至 {until}（北京时间），只能用一次。", $"Valid until {until} (Beijing time), once.");
    public string InviteHow => T("请本人用手机扫描二维码，或在下列渠道中打开链接。", "Let the member scan the QR code with a phone, or open a link below.");
    public string Print => T("打印本页即可交给本人。", "Print this page to hand it over.");
    public string InvalidMemberName(int max) => T($"姓名：请填写 1 到 {max} 个字，例如“郑亚娜”。", $"姓名 (name): write 1 to {max} characters, e.g. \"郑亚娜\".");
    public string NoRoles => T("角色：请至少勾选一个角色。", "Roles: tick at least one role.");
    public string DuplicateMember(string name) => T($"姓名：已有成员叫“{name}”，姓名不能重复。", $"姓名 (name): a member is already called \"{name}\"; names must differ.");
    public string UnknownMember => T("没有这个成员（可能已被删除）。", "There is no such member (it may have been removed).");
    public string ConfirmRemoveMember(string name) => T($"确定要删除成员“{name}”吗？删除后{name}不能再登录，也收不到提醒；已录入的分数和日志都保留。确定请按“确认删除”。",
        $"Remove \"{name}\"? {name} can no longer sign in or get reminders; what they entered and the audit stay. To remove, press \"Confirm removal\".");
    public string ConfirmRemove => T("确认删除", "Confirm removal");
    public string MemberSaved(string name) => T($"已保存：{name}", $"Saved: {name}");
    public string MemberRemovedDone(string name) => T($"已删除成员：{name}", $"Removed: {name}");
    public string NotYourself => T("不能删除自己。", "You cannot remove yourself.");
    public string Nowhere => T("尚未绑定", "not yet");

    public string Filter => T("筛选", "Filter");
    public string Member => T("成员", "Member");
    public string All => T("全部", "all");
    public string From => T("起始日期", "From");
    public string To => T("截止日期", "To");
    public string At => T("时间（北京时间）", "At (Beijing time)");
    public string Action => T("操作", "Action");
    public string Who => T("操作人", "By");
    public string ChannelWord => T("渠道", "Channel");
    public string Change => T("变化", "Change");
    public string Detail => T("说明", "Detail");
    public string Newer => T("较新", "Newer");
    public string Older => T("较早", "Older");
    public string PageOf(int page, int pages, int total) => T($"第 {page} / {pages} 页，共 {total} 条", $"Page {page} of {pages}, {total} entries");
    public string InvalidDate(string field) => T($"{field}：请按 2026-03-01 的格式填写日期。", $"{field}: write a date as 2026-03-01.");
    public string SignOut => T("退出登录", "Sign out");
    public string Chat => T("聊天", "Chat");

    public string RubricTitle => T("评分细则", "Rubric");
    public string Warnings => T("细则原文的分值不一致（按计分办法，类别得分不超过满分）", "Figures of the document that do not add up (a category is capped at its maximum by the policy)");
    public string Warning(string category, decimal sum, decimal max) => T($"{category}：各项目分值合计 {sum}，类别满分 {max}", $"{category}: items sum to {sum}, the category's maximum is {max}");
    public string Group => T("分组", "Group");
    public string Alias => T("简称", "Alias");
    public string LeaderCap => T("班子评分上限", "Leaders' cap");
    public string Upload => T("上传评分细则（JSON）", "Upload the rubric (JSON)");
    public string RubricDownload => T("下载本细则（JSON，可修改后上传）", "Download this rubric (JSON, to edit and upload)");
    public string UploadButton => T("上传并替换", "Upload and replace");
    public string RubricFile => T("评分细则文件", "Rubric file");
    public string RubricEditable => T("尚未开始评分，可以上传新的评分细则（与 GET /api/rubric 的格式相同）。每个问题都会指出所在位置，有问题时不会保存。",
        "No score exists yet: a new rubric may be uploaded (the JSON of GET /api/rubric). Each problem is named by its place; nothing is stored while one remains.");
    public string RubricFrozen(string period, int scores, int ratings, int seals) => T(
        $"{period}已经开始评分（{scores} 项得分、{ratings} 份领导评分、{seals} 个签字），评分细则不能再改：否则已录入的分数会对应到别的项目。如需新的细则，请在“考核周期”中新建周期，在新周期里修改后再启用。",
        $"Scoring has begun in {period} ({scores} item scores, {ratings} leaders' ratings, {seals} seals), so its rubric can no longer change: the scores entered would then belong to other items. Create a new period under Periods, change its rubric there, then activate it.");
    public string RubricFileMissing => T("评分细则文件：请选择一个 JSON 文件。", "Rubric file: choose a JSON file.");
    public string RubricFileTooLarge => T("评分细则文件：文件太大（最多 1 MB）。", "Rubric file: too large (1 MB at most).");
    public string RubricInvalid => T("评分细则文件有误，未保存：", "The rubric file has problems; nothing was stored:");
    public string RubricReplaced => T("评分细则已替换。", "The rubric is replaced.");

    public string NewPeriod => T("新建考核周期", "New period");
    public string PeriodName => T("周期名称", "Period name");
    public string CopyFrom => T("沿用哪个周期的细则和计分办法", "Copy the rubric and policy of");
    public string Create => T("新建", "Create");
    public string Activate => T("启用", "Activate");
    public string IsActive => T("当前周期", "Active");
    public string CreatedAt => T("创建时间", "Created");
    public string InvalidPeriodName(int max) => T($"周期名称：请填写 1 到 {max} 个字，例如“2018年度”。", $"Period name: write 1 to {max} characters, e.g. \"2018年度\".");
    public string DuplicatePeriod(string name) => T($"周期名称：已经有“{name}”，名称不能重复。", $"Period name: \"{name}\" exists already; names must differ.");
    public string UnknownPeriod => T("没有这个考核周期。", "There is no such period.");
    public string Created(string name) => T($"已新建：{name}（尚未启用）", $"Created: {name} (not active yet)");
    public string Activated(string name) => T($"已启用：{name}", $"Active now: {name}");
    public string PolicySaved(string name) => T($"{name}的计分办法已保存。", $"{name}'s policy is saved.");
    public string InvalidWeight(string field) => T($"{field}：请填写 0 到 1 之间的小数，例如 0.9。", $"{field}: write a decimal from 0 to 1, e.g. 0.9.");
    public string WeightsSum => T("实地考核权重 + 班子评分权重 必须等于 1。", "On-site weight + leaders' weight must be 1.");
}
