using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Reports;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>进度: who still owes what, as /progress says it, as tables.</summary>
public sealed class ProgressModel(CurrentMember current, Periods periods, ProgressQuery progress) : ConsolePage(current)
{
    public ProgressReport Report { get; private set; } = null!;

    public void OnGet() => Report = progress.Build(periods.Active());
}
