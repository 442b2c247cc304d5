using ChatAppraisal.Bot.Web.SignIn;

namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string ActionName(string action) => Actions.TryGetValue(action, out var name) ? name.En : action;
    public override string ChannelName(string channel) => channel switch
    {
        Admin.AdminActor.Channel => "admin API",
        WebAccounts.Channel => "browser", // the browser chat and this console alike
        _ => ChatTexts.ChannelName(channel),
    };
    protected override string ItemsScored(string scored, string total) => $"{scored}/{total} items scored";
    protected override string ItemEvidence => "evidence";

    protected override string AdjustmentDetail(string line, string reason) => reason.Length == 0 ? line : $"{line} · reason: {reason}";
}
