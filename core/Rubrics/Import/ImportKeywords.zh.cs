namespace ChatAppraisal.Rubrics.Import;

/// <summary>
/// The words a town's plan uses, which the importer reads: this is the parser's keyword file (Chinese by nature, as the
/// plans are), the one place the importer's Chinese lives.
/// </summary>
static class ImportKeywords
{
    /// <summary>The on-site group's part of the plan (考核组考核).</summary>
    public static readonly string[] OnsitePart = ["考核组考核", "现场考核", "考核组现场", "实地考核"];

    /// <summary>The leadership members' part (党政班子成员考核).</summary>
    public static readonly string[] LeaderPart = ["班子成员", "领导班子", "班子评分", "班子打分", "领导评分", "领导打分"];

    /// <summary>Words in the final formula's terms that say which part a weight belongs to.</summary>
    public static readonly string[] OnsiteTerm = ["考核组", "现场", "实地"];
    public static readonly string[] LeaderTerm = ["班子", "领导"];

    /// <summary>"…两大类，其中党建工作(20分)…": the caps' list follows 其中.</summary>
    public const string Among = "其中";

    public static readonly string[] BonusSection = ["加分"];
    public static readonly string[] DeductionSection = ["扣分", "减分"];
    public static readonly string[] VetoSection = ["一票否决", "否决"];
    public static readonly string[] GradesSection = ["等次", "等级评定", "评定等级", "考核等级"];

    /// <summary>A figure right after these is a rule or a cap, not an item's points ("每缺一次扣1分", "最高不超过10分").</summary>
    public static readonly string[] NotPointsBefore =
        ["扣", "得", "加", "减", "计", "给", "记", "奖", "罚", "超过", "最高", "最多", "上限", "封顶", "折合", "折算", "按", "至", "满"];


    /// <summary>The cap on a side: "加分最多不超过10分", "扣分上限20分".</summary>
    public const string CapPattern = @"(?:最多|最高|累计|上限|封顶|不超过|不得超过|为限)[^\d]{0,8}(\d+(?:\.\d+)?)\s*分";

    /// <summary>A line's own rule on a side: "每起扣5分", "加2分".</summary>
    public const string SideRulePattern = @"(每[次起项个例件人户宗]?)?[^\d，,；;]{0,6}?(?:加|扣|减|奖励|奖)\s*(\d+(?:\.\d+)?)\s*分";

    public const string PerEvent = "每";

    /// <summary>"(100分，总分按折合10分计算)": scored out of 100, counted as 10.</summary>
    public const string ScalePattern = @"(?:折合|折算|按)[成为]?\s*(\d+(?:\.\d+)?)\s*分";

    /// <summary>A veto that ranks last rather than only keeping a village from 优秀.</summary>
    public static readonly string[] VetoLast = ["末位", "最后", "倒数第一", "排名最后"];
    public static readonly string[] VetoNotExcellent = ["优秀", "评先", "先进"];
    public const string VetoWord = "一票否决";

    /// <summary>Words the event's name ends before: "发生安全事故的，实行一票否决".</summary>
    public static readonly string[] VetoTail = ["的", "实行", "实施", "予以", "一律", "将"];

    /// <summary>Grade names, longest first so 不合格 is not read as 合格.</summary>
    public static readonly string[] GradeNames = ["基本合格", "不合格", "基本称职", "不称职", "优秀", "良好", "合格", "称职", "一般", "较差", "差"];

    public const string GradeScorePattern = @"(\d+(?:\.\d+)?)\s*分?\s*(?:（含）|\(含\))?\s*(?:以上|及以上|或以上|至|到|-|—|~|－)";
    public const string GradeBelowPattern = @"(\d+(?:\.\d+)?)\s*分?\s*(?:以下|以内)";
    public const string GradeTopPattern = @"前\s*(\d+)\s*[名位]";
    public const string GradeSpanPattern = @"第\s*(\d+)\s*(?:名)?\s*[至到\-—~－]\s*(?:第)?\s*(\d+)\s*[名位]";
    public const string GradeBottomPattern = @"(?:最后|后|末|倒数)\s*(\d+)\s*[名位]";
    /// <summary>"第2名", "第4、5名": single ranks named one by one (a count of the numbers, not their value).</summary>
    public const string GradeRanksPattern = @"第\s*(\d+(?:\s*[、和及]\s*\d+)*)\s*[名位]";
    public const string GradeCountPattern = @"(\d+)\s*[个名家位]";
    public static readonly string[] GradeRest = ["其余", "其他", "剩余"];

    /// <summary>The office that scores an item: "负责考核部门：组织办".</summary>
    public const string DepartmentPattern = @"(?:负责考核部门|考核部门|责任部门|责任单位|牵头单位|考核单位)\s*[:：]\s*([^，,；;。\s]+)";

    /// <summary>The plan's name: 《…实施方案》; the suffix is dropped for the rubric's title.</summary>
    public static readonly string[] PlanWords = ["方案", "办法", "细则"];
    public static readonly string[] TitleSuffixes = ["实施方案", "考核办法", "考核细则", "实施细则", "方案", "办法", "细则"];

    /// <summary>Table headers: which column holds what.</summary>
    public static readonly string[] PointsHeader = ["分值", "分数", "标准分", "满分", "分"];
    public static readonly string[] CriteriaHeader = ["评分标准", "考核标准", "评分细则", "评分办法", "计分办法", "考核要求", "扣分标准", "评分方法", "考核方法"];
    public static readonly string[] DepartmentHeader = ["部门", "责任单位", "牵头单位", "考核单位"];
    public static readonly string[] NameHeader = ["指标", "项目", "内容", "类别", "名称", "事项"];
    public static readonly string[] IgnoredHeader = ["序号", "编号", "备注", "得分"];

    /// <summary>Well-known short names of categories (leaders type them); others are made from the name itself.</summary>
    public static readonly (string Name, string Alias)[] KnownAliases =
    [
        ("党建工作", "党建"), ("党的建设", "党建"), ("基层党建", "党建"), ("基层党建工作", "党建"), ("党风廉政", "廉政"), ("党风廉政建设", "廉政"), ("精神文明建设", "文明"), ("社会治安综合治理", "综治"), ("平安建设", "平安"),
        ("精准扶贫", "扶贫"), ("社会保险", "社保"), ("电子商务", "电商"), ("食品药品安全", "食药"), ("村级财务", "财务"),
        ("安全生产", "安全"), ("乡村振兴", "振兴"), ("生态环境", "环保"), ("环境保护", "环保"),
    ];

    /// <summary>Endings dropped to make a short name ("民政工作" → 民政).</summary>
    public static readonly string[] AliasSuffixes = ["工作", "建设", "管理", "经济", "生产", "输转", "情况"];
}
