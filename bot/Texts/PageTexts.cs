namespace ChatAppraisal.Bot;

/// <summary>
/// What only the pages say (the office console, the browser chat, the voting page), one implementation per language
/// (<see cref="ZhPageTexts"/>, <see cref="EnPageTexts"/>): a missing translation does not build. The navigation's names and the form labels (村名, 姓名, each
/// role's Chinese name) are kept exactly: outside tools find the console's parts by them.
/// </summary>
public abstract partial class PageTexts
{
    public const string Channel = "web";

    static readonly PageTexts Zh = new ZhPageTexts(), En = new EnPageTexts();

    public static PageTexts For(string language) => language == "en" ? En : Zh;

    public abstract string Language { get; }

    /// <summary>The chat's texts in the same language, for what the console says as the chat says it (days, channels).</summary>
    protected Texts ChatTexts => Texts.For(Language);

    public abstract string Console { get; }
    public abstract string Ranking { get; }
    public abstract string Progress { get; }
    public abstract string Villages { get; }
    public abstract string Members { get; }
    public abstract string Rubric { get; }
    public abstract string Periods { get; }
    public abstract string Audit { get; }
    public abstract string Export { get; }

    // Labels: the Chinese ones are kept in both languages' forms (the issue names them so).
    public abstract string VillageName { get; }
    public abstract string MemberName { get; }

    public abstract string Period { get; }
    public abstract string Show { get; }
    public abstract string Active { get; }
    public abstract string Rank { get; }
    public abstract string Village { get; }
    public abstract string Onsite { get; }
    public abstract string Onsite1000 { get; }
    public abstract string Leader { get; }
    public abstract string Leader1000 { get; }
    /// <summary>The ranking's column for the plan's bonus, deductions, veto and grade (only where the plan has them).</summary>
    public abstract string RankingAdjustments { get; }
    public abstract string Final { get; }
    public abstract string Complete { get; }
    public abstract string Completion { get; }
    public abstract string Items { get; }
    public abstract string Leaders { get; }
    public abstract string Yes { get; }
    public abstract string No { get; }
    public abstract string Policy { get; }
    public abstract string OnsiteWeight { get; }
    public abstract string LeaderWeight { get; }
    public abstract string Aggregation { get; }
    public abstract string Mean { get; }
    public abstract string Trimmed { get; }
    public abstract string Cap { get; }
    public abstract string ReasonsRequired { get; }
    public abstract string Formula { get; }
    public abstract string ChartAlt { get; }
    public abstract string NoVillages { get; }

    public abstract string VillagesProgress { get; }
    public abstract string Sealed { get; }
    public abstract string NotSealed { get; }
    public abstract string Examiners { get; }
    public abstract string Entered { get; }
    public abstract string Unfinished { get; }
    public abstract string LeadersProgress { get; }
    public abstract string Rated { get; }
    public abstract string Missing { get; }
    public abstract string None { get; }
    public abstract string NoExaminers { get; }
    public abstract string NoLeaders { get; }

    public abstract string Workbook { get; }
    public abstract string Csv { get; }
    public abstract string ExportNote { get; }
    /// <summary>导出's third file: the attachments' zip, a folder per village (as the chat's 导出 sends it).</summary>
    public abstract string AttachmentsZip(int files, int villages);
    public abstract string NoAttachmentsYet { get; }

    public abstract string Add { get; }
    public abstract string Rename { get; }
    public abstract string Remove { get; }
    public abstract string RemoveAnyway { get; }
    public abstract string Sheet { get; }
    public abstract string AddVillage { get; }
    public abstract string Save { get; }

    public abstract string InvalidVillageName(int max);
    public abstract string DuplicateVillage(string name);
    public abstract string VillageSealed(string name);
    public abstract string VillageHasEntries(string name, string entries);
    public abstract string VillagePublished(string name);
    public abstract string NoVillageAddedToPublished { get; }
    public abstract string UnknownVillage { get; }
    public abstract string Added(string name);
    public abstract string Renamed(string name);
    public abstract string Removed(string name);

    public abstract string Category { get; }
    public abstract string Item { get; }
    public abstract string Max { get; }
    public abstract string Score { get; }
    public abstract string EnteredBy { get; }
    public abstract string EnteredAt { get; }
    public abstract string DeductionReason { get; }
    public abstract string OnsiteTotal { get; }
    public abstract string Seal { get; }
    public abstract string SignedBy(string who, string at);
    public abstract string FingerprintOk { get; }
    public abstract string FingerprintBad { get; }
    public abstract string NoSeal { get; }
    public abstract string Reason { get; }
    public abstract string Reopen { get; }
    public abstract string ReasonRequired { get; }
    public abstract string Reopened(string name);
    public abstract string NotSealedAnyMore { get; }
    public abstract string Capped { get; }
    /// <summary>A block the plan scores on its own scale and counts at another ("100分，总分按折合30分计算").</summary>
    public abstract string AdjustmentsHeading { get; }
    public abstract string ScaledNote(string scored, string outOf, string scaleTo);

    public abstract string RolesLabel { get; }
    /// <summary>The villages a member works for (包村干部), whose items and ratings they stay out of.</summary>
    public abstract string WorksForLabel { get; }
    public abstract string Channels { get; }
    public abstract string AddMember { get; }
    public abstract string ChangeRoles { get; }
    public abstract string NewInvite { get; }
    public abstract string InviteFor(string name);
    /// <summary>After 添加 or 新邀请码, above the invite shown.</summary>
    public abstract string InviteMade(string name);
    public abstract string InviteCode { get; }
    public abstract string InviteValid(string until);
    /// <summary>On a member's card: an invite not yet used, with the link that shows it again.</summary>
    public abstract string InviteUnused(string until);
    public abstract string ShowInvite { get; }
    /// <summary>?invite= for a member with no invite that can still be shown.</summary>
    public abstract string InviteGone { get; }
    public abstract string InviteHow { get; }
    public abstract string Print { get; }
    public abstract string InvalidMemberName(int max);
    public abstract string NoRoles { get; }
    public abstract string DuplicateMember(string name);
    public abstract string UnknownMember { get; }
    public abstract string ConfirmRemoveMember(string name);
    public abstract string ConfirmRemove { get; }
    public abstract string MemberSaved(string name);
    public abstract string MemberRemovedDone(string name);
    public abstract string NotYourself { get; }
    public abstract string Nowhere { get; }

    public abstract string Filter { get; }
    public abstract string Member { get; }
    public abstract string All { get; }
    public abstract string From { get; }
    public abstract string To { get; }
    public abstract string At { get; }
    public abstract string Action { get; }
    public abstract string Who { get; }
    public abstract string ChannelWord { get; }
    public abstract string Change { get; }
    public abstract string Detail { get; }
    public abstract string Newer { get; }
    public abstract string Older { get; }
    public abstract string PageOf(int page, int pages, int total);
    public abstract string InvalidDate(string field);
    public abstract string SignOut { get; }
    public abstract string Chat { get; }

    public abstract string RubricTitle { get; }
    public abstract string Warnings { get; }
    public abstract string Warning(string category, decimal sum, decimal max);
    public abstract string Group { get; }
    public abstract string Alias { get; }
    public abstract string LeaderCap { get; }
    public abstract string Upload { get; }
    public abstract string RubricDownload { get; }
    public abstract string UploadButton { get; }
    public abstract string RubricFile { get; }
    public abstract string RubricEditable { get; }
    public abstract string RubricFrozen(string period, int scores, int ratings, int seals);
    public abstract string RubricFileMissing { get; }
    public abstract string RubricFileTooLarge { get; }
    public abstract string RubricInvalid { get; }
    public abstract string RubricReplaced { get; }

    public abstract string NewPeriod { get; }
    public abstract string PeriodName { get; }
    public abstract string CopyFrom { get; }
    public abstract string Create { get; }
    public abstract string Activate { get; }
    public abstract string IsActive { get; }
    public abstract string CreatedAt { get; }
    public abstract string InvalidPeriodName(int max);
    public abstract string DuplicatePeriod(string name);
    public abstract string UnknownPeriod { get; }
    public abstract string Created(string name);
    /// <summary>On a period's card: the link to its rubric (评分细则 ?periodId=), to prepare a period before activating it.</summary>
    public abstract string PrepareRubric(string name);
    public abstract string NotActiveYet { get; }
    public abstract string Activated(string name);
    public abstract string PolicySaved(string name);
    public abstract string PolicyPublished(string name);
    public abstract string InvalidWeight(string field);
    public abstract string WeightsSum { get; }
    public abstract string EntryCounts(int scores, int ratings, int seals);
}
