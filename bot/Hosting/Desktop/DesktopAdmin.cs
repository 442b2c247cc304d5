using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Hosting.Desktop;

/// <summary>
/// The office PC's own admin: whoever sits at the PC that runs the program is trusted, as at the console chat. Created on
/// the first desktop start (admin and office roles) and bound to the PC's own account, so there is no bootstrap code to copy.
/// </summary>
public sealed class DesktopAdmin(AppraisalStore store, MemberDirectory members)
{
    public const string Name = "本机管理员";
    public const string UserId = "local";

    public MemberDoc Ensure() => store.Write(() =>
    {
        if (members.FindByAccount(DesktopStart.Channel, UserId) is { } existing) return existing;
        var member = members.Add(Name, [Role.Admin, Role.Office]);
        members.Redeem(members.CreateInvite(member.Id).Id, DesktopStart.Channel, UserId);
        return member;
    });
}
