using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;
using ChatAppraisal.Reports;
using static ChatAppraisal.Reports.TextLayout;

namespace ChatAppraisal;

/// <summary>Chinese texts, the default: written for a township official reading on a phone.</summary>
public sealed partial class ZhTexts
{
    const int ListMax = 30;
    public override string Cancel => "取消";
    public override string SignAndSeal => "签字密封";
    public override string SignAnyway => "仍然签字密封";
    public override string RatingCancelled => "已取消，没有保存。";
    public override string SignCancelled => "已取消，评分表没有签字密封。";

    public override string RatingHelp(Rubric rubric, string? exampleVillage = null)
    {
        var village = exampleVillage ?? "新庄村";
        var sb = new StringBuilder()
            .AppendLine($"党政班子成员评分：发一条消息，村名在前，后面按顺序写 {rubric.Categories.Count} 个分数：")
            .AppendLine($"{village} {string.Join(" ", RatingExample.Values(rubric).Select(Score))}")
            .AppendLine("也可以每个分数前写简称，顺序不限：")
            .AppendLine($"{village} {string.Join(" ", RatingExample.Values(rubric).Take(3).Select((v, i) => rubric.Categories[i].Alias + Score(v)))} …")
            .AppendLine("分数之间用空格、逗号、顿号或分号隔开。")
            .Append(AliasTable(rubric));
        return sb.ToString();
    }

    public override string RatingRefused(Rubric rubric, IReadOnlyList<RatingProblem> problems)
    {
        var sb = new StringBuilder("没有保存，请改正后重新发送：\n");
        foreach (var problem in problems) sb.Append("• ").AppendLine(Problem(rubric, problem));
        if (problems.Any(RatingExample.IsAboutFormat)) sb.Append(AliasTable(rubric));
        return sb.ToString().TrimEnd();
    }

    string Problem(Rubric rubric, RatingProblem problem) => problem switch
    {
        RatingProblem.MissingVillage => $"消息要以村名开头，例如：新庄村 {Example(rubric)} …",
        RatingProblem.UnknownVillage p => p.Known.Count == 0
            ? $"没有叫“{p.Typed}”的村，现在还没有登记任何村。"
            : $"没有叫“{p.Typed}”的村。现有的村：{List(p.Known, "、", ListMax, n => $" 等 {p.Known.Count} 个")}",
        RatingProblem.AmbiguousVillage p => $"“{p.Typed}”对应多个村：{string.Join("、", p.Candidates)}。请写全村名。",
        RatingProblem.WrongCount p => $"写了 {p.Given} 个分数，需要 {p.Needed} 个，按下面的顺序。",
        RatingProblem.BadValue p => (p.Category is { } c ? Label(rubric.Categories[c]) + "：" : "") + p.Error switch
        {
            PointsError.Negative => $"分数不能是负数（{p.Typed}）。",
            PointsError.TooManyDecimals => $"最多两位小数（{p.Typed}）。",
            PointsError.TooLong => "这个数太长，不是分数。",
            _ => $"“{p.Typed}”不是数字。",
        },
        RatingProblem.AboveCap p => $"{Label(rubric.Categories[p.Category])}最高 {Score(p.Cap)} 分，您写了 {Score(p.Value)}。",
        RatingProblem.AboveEveryCap p => $"{Score(p.Value)} 比每一类的最高分都高（最高 {Score(p.HighestCap)} 分）。",
        RatingProblem.UnknownAlias p => $"不认识“{p.Typed}”，请用下面的简称。",
        RatingProblem.MissingValue p => $"{Label(rubric.Categories[p.Category])}后面没有分数。",
        RatingProblem.NamedTwice p => $"{Label(rubric.Categories[p.Category])}写了两次。",
        RatingProblem.MissingCategories p => $"还缺 {p.Categories.Count} 类：{string.Join("、", p.Categories.Select(c => rubric.Categories[c].Alias))}。每类都要打分。",
        RatingProblem.UnnamedValues p => $"{string.Join("、", p.Values)} 前面没有简称。要么按顺序写 {rubric.Categories.Count} 个分数，要么每个分数前都写简称。",
        _ => problem.ToString(),
    };

    public override string RatingSummary(Rubric rubric, ParsedRating rating, EarlierRating? earlier)
    {
        var width = Longest(rating.Values.Select(Score));
        var sb = new StringBuilder($"请核对 {rating.Village} 的评分：\n");
        for (var i = 0; i < rubric.Categories.Count; i++)
        {
            var c = rubric.Categories[i];
            sb.AppendLine($"{Right(Score(rating.Values[i]), width)}  {c.Name}（最高 {Score(c.LeaderCap)}）");
        }
        sb.AppendLine($"合计 {Score(rating.Total)} 分（满分 {Score(rubric.LeaderCapTotal)}）");
        if (earlier is not null) sb.AppendLine($"将替换您 {Time(earlier.At)} 的评分（合计 {Score(earlier.Total)}）。");
        sb.Append("确认保存吗？");
        return sb.ToString();
    }

    public override string RatingSaved(string village, RatingSaved saved) => saved.Outcome.Refusal switch
    {
        ScoreRefusal.None => $"已保存：{village}，合计 {Score(saved.Total)} 分。" +
            (saved.Replaced is { } r ? $"\n替换了 {Time(r.At)} 的评分（合计 {Score(r.Total)}）。" : ""),
        _ => ScoreRefused(saved.Outcome, village),
    };

    public override string MyRatings(MyRatings mine)
    {
        var all = mine.Rated.Count + mine.Missing.Count;
        if (all == 0) return "现在还没有登记任何村。";
        var sb = new StringBuilder($"{mine.Period} 我的评分：已评 {mine.Rated.Count}/{all} 个村\n");
        var nameWidth = Widest(mine.Rated.Select(r => r.Village));
        var totalWidth = Longest(mine.Rated.Select(r => Score(r.Total)));
        foreach (var r in mine.Rated)
            sb.AppendLine($"{Name(r.Village, nameWidth)}  {Right(Score(r.Total), totalWidth)} 分  {Time(r.At)}");
        sb.Append(mine.Missing.Count == 0 ? "全部已评。" : $"未评（{mine.Missing.Count} 个）：{string.Join("、", mine.Missing)}");
        return sb.ToString();
    }

    public override string SignSummary(Sheet sheet)
    {
        var sb = new StringBuilder($"签字密封：{sheet.Village.Name}（{sheet.Period.Name}）\n");
        AppendCategories(sb, sheet);
        AppendMissing(sb, sheet);
        var warnings = SheetFacts.Warnings(sheet);
        if (warnings.Count > 0)
        {
            sb.AppendLine("提示：");
            foreach (var w in warnings)
                sb.AppendLine($"{w.Category} 各项满分合计 {Score(w.ItemSum)}，" +
                    (sheet.Period.Policy.CapCategoryAtMax ? $"超过 {Score(w.Max)} 按 {Score(w.Max)} 计。" : $"本年度不封顶，按实际合计计。"));
        }
        sb.Append("签字密封后评分表不能再修改；撤销签字密封需管理员说明理由。");
        return sb.ToString();
    }

    public override string SignSecondConfirmation(Sheet sheet) =>
        $"{sheet.Village.Name}还有 {sheet.Missing} 项未评分，未评的项按 0 分计，签字密封后不能再补录。\n确定仍要签字密封吗？";

    public override string SheetSealed(Sheet sheet) => sheet.Seal is { } seal
        ? $"已签字密封：{sheet.Village.Name}\n签字人：{seal.SignedBy}，{Time(seal.SignedAt)}\n现场考核合计 {Score(sheet.Onsite)} 分，已评 {sheet.ItemsScored}/{sheet.ItemCount} 项\n指纹 sha256:{Short(seal.Fingerprint)}"
        : $"{sheet.Village.Name}的评分表没有签字密封。";

    public override string SealRefused(SealRefusal refusal, string village, SheetSeal? seal) => refusal switch
    {
        SealRefusal.None => $"已签字密封：{village}",
        SealRefusal.AlreadySealed => seal is null ? $"{village}的评分表已经签字密封。" : $"{village}的评分表已由{seal.SignedBy}于 {Time(seal.SignedAt)} 签字密封。",
        SealRefusal.NotSealed => $"{village}的评分表没有签字密封。",
        SealRefusal.ReasonRequired => "撤销签字密封要写明理由。",
        SealRefusal.UnknownVillage => $"没有叫“{village}”的村。",
        _ => refusal.ToString(),
    };

    public override string ScoreRefused(ScoreOutcome outcome, string village) => outcome.Refusal switch
    {
        ScoreRefusal.None => "已保存。",
        ScoreRefusal.Sealed => outcome.Seal is { } seal
            ? $"没有保存：{village}的评分表已由{seal.SignedByName}于 {Time(seal.SignedAt)} 签字密封，不能再修改。需要更正请找管理员撤销签字密封。"
            : $"没有保存：{village}的评分表已签字密封，不能再修改。",
        ScoreRefusal.UnknownVillage => $"没有保存：没有“{village}”这个村（可能刚被删除）。",
        ScoreRefusal.UnknownItem => "没有保存：评分表里没有这一项。",
        ScoreRefusal.OutOfRange => "没有保存：分数超出范围（0 到最高分，最多两位小数）。",
        ScoreRefusal.Conflicted => $"没有保存：您是{village}的包村干部，按利益回避的规定不能给{village}评分。",
        ScoreRefusal.ReasonTooLong => $"没有保存：扣分原因最多 {Reasons.MaxLength} 个字。",
        ScoreRefusal.Published => "没有保存：考核结果已公示，现场考核评分和党政班子成员评分已锁定。村里可在公示期内申诉；其他更正请找管理员重新打开（/reopen）。",
        _ => outcome.Refusal.ToString(),
    };

    public override string Progress(ProgressReport report)
    {
        if (report.Villages.Count == 0) return $"{report.Period} 进度：现在还没有登记任何村。";
        var sb = new StringBuilder($"{report.Period} 进度（{Time(report.At)}）\n")
            .AppendLine($"现场考核已评 {report.ItemsScored}/{report.ItemsTotal} 项")
            .AppendLine($"已签字密封 {report.SealedCount}/{report.Villages.Count} 个村")
            .AppendLine($"党政班子成员评分 {report.RatingsGiven}/{report.RatingsExpected} 份")
            .AppendLine()
            .AppendLine("【各村】现场考核已评项｜党政班子成员评分｜签字密封");
        var nameWidth = Widest(report.Villages.Select(v => v.Village));
        var scoredWidth = Longest(report.Villages.Select(v => v.ItemsScored.ToString()));
        foreach (var v in report.Villages)
        {
            var seal = v.Seal switch
            {
                null => "未签字密封",
                { Valid: true } s => $"已签字密封（{s.SignedBy}）",
                { } s => $"已签字密封（{s.SignedBy}）‼️指纹不符",
            };
            sb.AppendLine($"{Name(v.Village, nameWidth)}  {Right(v.ItemsScored.ToString(), scoredWidth)}/{v.ItemCount}  班子 {v.LeadersRated}/{v.LeadersExpected}  {seal}");
        }

        sb.AppendLine().AppendLine("【考核组】已开始、还没评完的");
        if (report.Examiners.Count == 0) sb.AppendLine("（没有考核组成员）");
        foreach (var e in report.Examiners)
        {
            var owes = e.ItemsEntered == 0 ? "还没有录入"
                : e.Unfinished.Count == 0 ? "没有未完成的"
                : string.Join("；", e.Unfinished.GroupBy(u => u.Village).Select(g =>
                    $"{g.Key} " + string.Join("、", g.Select(u => $"{u.Name} {u.ItemsScored}/{u.ItemCount}"))));
            sb.AppendLine($"{e.Name}：{owes}");
        }

        sb.AppendLine().AppendLine("【党政班子成员】未评的村");
        if (report.Leaders.Count == 0) sb.AppendLine("（没有党政班子成员）");
        foreach (var l in report.Leaders)
        {
            var owes = l.Missing.Count == 0 ? "全部已评"
                : l.Rated == 0 ? $"还没有评分（0/{report.Villages.Count}）"
                : $"{l.Missing.Count} 个：{string.Join("、", l.Missing)}";
            sb.AppendLine($"{l.Name}：{owes}");
        }

        var unsealed = report.Unsealed;
        sb.AppendLine().Append(unsealed.Count == 0 ? "【待签字密封】无" : $"【待签字密封】{unsealed.Count} 个：{string.Join("、", unsealed)}");
        return sb.ToString();
    }

    public override string Ranking(Standings standings)
    {
        var period = standings.Period;
        if (standings.Ranking.Count == 0) return $"{period.Name} 排名：现在还没有登记任何村。";
        var rows = standings.Ranking.Select(r => new
        {
            Rank = r.Rank.ToString(),
            r.Result.Village,
            Onsite = Scaled(r.Result.Onsite1000),
            Leader = Scaled(r.Result.Leader1000),
            Final = Scaled(r.Result.Final) + (r.Result.TrimmedFallbackToMean ? "*" : ""),
            Note = RankingAdjustments(r),
            Status = r.Result.Complete ? "完成" : $"未完成 {Percent(r.Result.Completion)}",
        }).ToList();
        int rank = Longest(rows.Select(r => r.Rank)), name = Widest(rows.Select(r => r.Village)),
            onsite = Longest(rows.Select(r => r.Onsite)), leader = Longest(rows.Select(r => r.Leader)), final = Longest(rows.Select(r => r.Final));
        var sb = new StringBuilder($"{period.Name} 排名（{Time(standings.ComputedAt)}）\n")
            .AppendLine("名次｜村｜现场考核｜党政班子成员评分｜综合得分（千分制）｜状态");
        foreach (var r in rows)
            sb.AppendLine($"{Right(r.Rank, rank)}  {Name(r.Village, name)}  {Right(r.Onsite, onsite)}  {Right(r.Leader, leader)}  {Right(r.Final, final)}  {r.Status}{(r.Note.Length > 0 ? "  " + r.Note : "")}");
        if (rows.Any(r => r.Final.EndsWith('*')))
            sb.AppendLine("* 评分的党政班子成员不足 3 人，按平均分计。");
        if (period.Rubric.Bonus is not null || period.Rubric.Deductions is not null || period.Rubric.Veto.Count > 0)
            sb.AppendLine($"加、扣为方案的加分、扣分（按现场考核满分 {F(period.Rubric.MaxTotal)} 计，已折入综合得分）；一票否决排名最后的村列在最后。");
        if (standings.Ranking.Where(r => r.Result.LeadersExcluded > 0).Select(r => (r.Result.Village, r.Result.LeadersExcluded)).ToList() is { Count: > 0 } excluded)
            sb.AppendLine(LeadersExcludedNote(excluded));
        if (standings.ChangesAfterSeal() is { Count: > 0 } changed)
            sb.AppendLine(ChangedAfterSealNote(changed));
        sb.Append(PolicyLine(period.Policy));
        return sb.ToString();
    }

    public override string Sheet(Sheet sheet, string? grade = null)
    {
        var sb = new StringBuilder();
        if (sheet.Seal is { Valid: false }) sb.AppendLine("‼️ 警告：指纹不符，签字密封后评分表被改动过！");
        sb.AppendLine($"{sheet.Village.Name} 评分表（{sheet.Period.Name}）");
        AppendCategories(sb, sheet);
        sb.Append(SheetAdjustments(sheet.Period.Rubric, sheet.Adjustments));
        if (grade is not null) sb.AppendLine(GradeLine(grade));
        AppendMissing(sb, sheet);
        sb.Append(sheet.Seal switch
        {
            null => "未签字密封。",
            { Valid: true } s => $"已签字密封：{s.SignedBy}，{Time(s.SignedAt)}\n指纹有效 sha256:{Short(s.Fingerprint)}",
            { } s => $"已签字密封：{s.SignedBy}，{Time(s.SignedAt)}\n‼️ 指纹不符：现在的内容和签字密封时（sha256:{Short(s.Fingerprint)}）不一样。请立即核查，并告知管理员。",
        });
        return sb.ToString();
    }

    public override string VillageNotFound(NameMatchResult<VillageDoc> match, string typed, IReadOnlyList<string> known) => match.Kind switch
    {
        MatchKind.Ambiguous => $"“{typed}”对应多个村：{string.Join("、", match.Candidates.Select(v => v.Name))}。请写全村名。",
        _ when known.Count == 0 => "现在还没有登记任何村。",
        _ => $"没有叫“{typed}”的村。现有的村：{List(known, "、", ListMax, n => $" 等 {known.Count} 个")}",
    };

    static void AppendCategories(StringBuilder sb, Sheet sheet)
    {
        var width = Longest(sheet.Categories.Select(c => Score(c.Score)));
        foreach (var c in sheet.Categories)
        {
            sb.Append($"{Right(Score(c.Score), width)}/{Score(c.Max)}  {c.Name}");
            if (SheetTree.Scale(sheet, c) is (var outOf, { } scaleTo))
                sb.Append($"（按 {Score(outOf)} 分评 {Score(SheetTree.Unscaled(sheet, c))}，折合 {Score(scaleTo)} 分计）");
            if (c.Capped) sb.Append($"（封顶，合计 {Score(c.Raw)}）");
            if (c.ItemsScored < c.Items.Count) sb.Append($"（已评 {c.ItemsScored}/{c.Items.Count} 项）");
            sb.AppendLine();
            // The plan's inner levels, each block under its category with its subtotal (a two-level plan has none).
            foreach (var b in SheetTree.Nodes(sheet, c).Where(n => n.IsBlock))
            {
                sb.Append($"{new string(' ', width + 2 * b.Depth)}▸ {b.Name} {Score(b.Score)}/{Score(b.Counted)}");
                if (b.ScaleTo is { } to) sb.Append($"（按 {Score(b.Max)} 分评 {Score(b.Capped ? b.Max : b.Raw)}，折合 {Score(to)} 分计）");
                if (b.Capped) sb.Append($"（封顶，合计 {Score(b.Raw)}）");
                if (b.ItemsScored < b.ItemCount) sb.Append($"（已评 {b.ItemsScored}/{b.ItemCount} 项）");
                sb.AppendLine();
            }
        }
        sb.AppendLine($"现场考核合计 {Score(sheet.Onsite)} 分（满分 {Score(sheet.Period.Rubric.MaxTotal)}）");
        sb.AppendLine($"已评 {sheet.ItemsScored}/{sheet.ItemCount} 项");
    }

    static void AppendMissing(StringBuilder sb, Sheet sheet)
    {
        var missing = SheetFacts.Missing(sheet);
        if (missing.Count == 0)
        {
            sb.AppendLine("未评分项：无");
            return;
        }
        sb.AppendLine($"未评分项（{sheet.Missing} 项）：");
        foreach (var m in missing)
            sb.AppendLine(m.All ? $"{m.Category.Name}：全部 {m.Items.Count} 项"
                : $"{m.Category.Name}：{string.Join("、", m.Items.Select(i => SheetTree.Label(sheet.Period.Rubric, i.Category, i.Item, i.Name)))}");
    }

    static string Example(Rubric rubric) => string.Join(" ", RatingExample.Values(rubric).Take(3).Select(Score));

    static string Label(Category c) => $"{c.Name}（{c.Alias}）";

    static string AliasTable(Rubric rubric) =>
        "顺序、简称和最高分：\n" + string.Join("\n", rubric.Categories.Chunk(5).Select(row => string.Join("｜", row.Select(c => $"{c.Alias} {Score(c.LeaderCap)}"))));

    static string Short(string fingerprint) => fingerprint.Length > 16 ? fingerprint[..16] + "…" : fingerprint;
}
