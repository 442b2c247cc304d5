using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>The plan's sections beside the categories: 加分项目, 扣分项目, 一票否决, 等次.</summary>
public static partial class Sections
{
    public enum Kind { None, Bonus, Deductions, Veto, Grades }

    public static Kind Of(PlanNode node) => node.Points is not null || node.Style == Numbering.Style.None ? Kind.None
        : ImportKeywords.VetoSection.Any(node.Title.Contains) ? Kind.Veto
        : ImportKeywords.GradesSection.Any(node.Title.Contains) ? Kind.Grades
        : ImportKeywords.BonusSection.Any(node.Title.Contains) ? Kind.Bonus
        : ImportKeywords.DeductionSection.Any(node.Title.Contains) ? Kind.Deductions
        : Kind.None;

    public static bool IsSection(PlanNode node) => Of(node) != Kind.None;

    /// <summary>Every line of a section: its heading's and its sub-headings' lines, in the plan's order.</summary>
    static IEnumerable<PlanLine> LinesOf(PlanNode section) =>
        section.Lines.Concat(section.Descendants().SelectMany(d => d.Lines)).DistinctBy(l => l.Number).OrderBy(l => l.Number);

    public static Side? Side(PlanNode section, List<ImportProblem> problems)
    {
        decimal? cap = null;
        var lines = new List<SideLine>();
        foreach (var line in LinesOf(section))
        {
            var text = Numbering.Read(line.Text).Text;
            var capMatch = CapRegex().Match(text);
            if (capMatch.Success) cap = Number(capMatch.Groups[1].Value);
            if (line.Number == section.Line) continue;
            var rule = RuleRegex().Match(text);
            if (rule.Success && (!capMatch.Success || rule.Index < capMatch.Index))
            {
                lines.Add(new SideLine(EventName(text[..rule.Index]), Number(rule.Groups[2].Value), text.Contains(ImportKeywords.PerEvent)) { Criteria = text });
                continue;
            }
            if (PointsMark.Find(text).FirstOrDefault() is { } mark && mark.Start > 0)
            {
                lines.Add(new SideLine(EventName(text[..mark.Start]), mark.Value, text.Contains(ImportKeywords.PerEvent)) { Criteria = text });
                continue;
            }
            if (!capMatch.Success) problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.SideLineWithoutPoints, Detail: text));
        }
        return lines.Count == 0 && cap is null ? null : new Side(cap, lines);
    }

    public static List<Veto> Vetoes(PlanNode section, List<ImportProblem> problems) =>
        LinesOf(section).Where(l => l.Number != section.Line).Select(l => Veto(l, problems)).OfType<Veto>().ToList();

    /// <summary>A line that vetoes: its event, and whether it costs 优秀 or the rank.</summary>
    public static Veto? Veto(PlanLine line, List<ImportProblem> problems)
    {
        var text = Numbering.Read(line.Text).Text;
        var name = EventName(text.Replace(ImportKeywords.VetoWord, "，"));
        if (name.Length == 0) return null;
        if (ImportKeywords.VetoLast.Any(text.Contains)) return new Veto(name, VetoConsequence.Last);
        if (!ImportKeywords.VetoNotExcellent.Any(text.Contains))
            problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.VetoConsequenceGuessed, Detail: name));
        return new Veto(name, VetoConsequence.NotExcellent);
    }

    public static Grades? Grades(PlanNode section, List<ImportProblem> problems)
    {
        var byScore = new List<Grade>();
        var byRank = new List<Grade>();
        foreach (var line in LinesOf(section).Where(l => l.Number != section.Line))
        {
            var read = false;
            foreach (var clause in Numbering.Read(line.Text).Text.Split('，', ',', '；', ';', '。', '：', ':'))
            {
                if (ImportKeywords.GradeNames.FirstOrDefault(clause.Contains) is not { } name) continue;
                // Ranks first: "第3至5名" is a span of ranks, not a score line.
                if (GradeSpanRegex().Match(clause) is { Success: true } span)
                    byRank.Add(new Grade(name, Math.Max(0, Count(span.Groups[2].Value) - Count(span.Groups[1].Value) + 1)));
                else if ((GradeTopRegex().Match(clause) is { Success: true } top ? top : GradeBottomRegex().Match(clause)) is { Success: true } ranks)
                    byRank.Add(new Grade(name, Count(ranks.Groups[1].Value)));
                else if (GradeScoreRegex().Match(clause) is { Success: true } score) byScore.Add(new Grade(name, MinScore: Number(score.Groups[1].Value)));
                else if (GradeBelowRegex().IsMatch(clause)) byScore.Add(new Grade(name));
                else if (GradeRanksRegex().Match(clause) is { Success: true } named) byRank.Add(new Grade(name, NumbersRegex().Count(named.Groups[1].Value)));
                else if (GradeCountRegex().Match(clause) is { Success: true } count) byRank.Add(new Grade(name, Count(count.Groups[1].Value)));
                else if (ImportKeywords.GradeRest.Any(clause.Contains)) byRank.Add(new Grade(name));
                else continue;
                read = true;
            }
            if (!read) problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.GradeUnread, Detail: line.Text));
        }
        return byScore.Count > 0 ? new Grades(GradeBasis.Score, byScore) : byRank.Count > 0 ? new Grades(GradeBasis.Rank, byRank) : null;
    }

    /// <summary>"获得县级表彰的，每项" → 获得县级表彰: the event, without its rule.</summary>
    static string EventName(string text)
    {
        var cut = text.IndexOfAny(['，', ',', '；', ';', '：', ':']);
        var name = cut > 0 ? text[..cut] : text;
        foreach (var tail in ImportKeywords.VetoTail)
        {
            var at = name.IndexOf(tail, StringComparison.Ordinal);
            if (at > 0 && (tail != "的" || at == name.Length - 1)) name = name[..at];
        }
        name = PlanLine.Trim(name).TrimEnd('每', '，', ',', '（', '(');
        return PlanLine.Trim(name);
    }

    static int Count(string text) => int.TryParse(text, out var n) ? n : 0;

    /// <summary>A figure as written; one too long for a decimal (only random text has those) counts as 0, which the validator refuses.</summary>
    static decimal Number(string text) => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(ImportKeywords.CapPattern)] private static partial Regex CapRegex();
    [GeneratedRegex(ImportKeywords.SideRulePattern)] private static partial Regex RuleRegex();
    [GeneratedRegex(ImportKeywords.GradeScorePattern)] private static partial Regex GradeScoreRegex();
    [GeneratedRegex(ImportKeywords.GradeBelowPattern)] private static partial Regex GradeBelowRegex();
    [GeneratedRegex(ImportKeywords.GradeTopPattern)] private static partial Regex GradeTopRegex();
    [GeneratedRegex(ImportKeywords.GradeSpanPattern)] private static partial Regex GradeSpanRegex();
    [GeneratedRegex(ImportKeywords.GradeBottomPattern)] private static partial Regex GradeBottomRegex();
    [GeneratedRegex(ImportKeywords.GradeRanksPattern)] private static partial Regex GradeRanksRegex();
    [GeneratedRegex(@"\d+")] private static partial Regex NumbersRegex();
    [GeneratedRegex(ImportKeywords.GradeCountPattern)] private static partial Regex GradeCountRegex();
}
