using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Charts;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>日志: every audited change, newest first, filtered by village, member (who acted) and date (Beijing days), paged.</summary>
public sealed class AuditModel(CurrentMember current, AuditLog audit, VillageRoster villages, MemberDirectory members, Periods periods) : ConsolePage(current)
{
    readonly Dictionary<int, Rubrics.Rubric?> _rubrics = [];

    /// <summary>The rubric an entry's category and item numbers refer to: its own period's.</summary>
    public Rubrics.Rubric? RubricOf(int periodId)
    {
        if (!_rubrics.TryGetValue(periodId, out var rubric)) _rubrics[periodId] = rubric = periods.Find(periodId)?.Rubric;
        return rubric;
    }

    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<VillageDoc> Villages { get; private set; } = [];
    public IReadOnlyList<MemberDoc> People { get; private set; } = [];
    public IReadOnlyDictionary<int, string> VillageNames { get; private set; } = new Dictionary<int, string>();
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Village { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "member")] public int? Who { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? From { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? To { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public void OnGet()
    {
        Villages = villages.All();
        People = members.All();
        VillageNames = Villages.ToDictionary(v => v.Id, v => v.Name);
        if (PageNumber < 1) PageNumber = 1;

        var from = Day(From, W.From);
        var to = Day(To, W.To);
        if (Refusal is not null) return; // a date that is no date: show the form with the sentence, no entries
        var found = audit.Page(new AuditLog.Filter(Village, Who, from, to?.AddDays(1)), PageNumber, PageSize);
        (Total, Entries) = (found.Total, found.Items);
    }

    /// <summary>A Beijing calendar day's start, in UTC.</summary>
    DateTime? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return DateTime.SpecifyKind(day - DisplayTime.Offset, DateTimeKind.Utc);
        Refusal = W.InvalidDate(field);
        return null;
    }

}
