using ChatAppraisal.Bot.Web.SignIn;

namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string ActionName(string action) => Actions.TryGetValue(action, out var name) ? name.Zh : action;
    public override string ChannelName(string channel) => channel switch
    {
        Admin.AdminActor.Channel => "管理接口",
        WebAccounts.Channel => "网页", // the browser chat and this console alike
        _ => ChatTexts.ChannelName(channel),
    };
    protected override string ItemsScored(string scored, string total) => $"已评 {scored}/{total} 项";
    protected override string ItemEvidence => "评分佐证";

    protected override string AdjustmentDetail(string line, string reason) => reason.Length == 0 ? line : $"{line} · 理由：{reason}";
}
