using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels.Console;

/// <summary>Marks that the console chat already offered its sample villages on this database (once, even if an admin removes them).</summary>
public sealed class ConsoleSetupDoc
{
    public int Id { get; set; } = 1;
    public bool SamplesOffered { get; set; }
}

public sealed record LocalSetupResult(MemberDoc Member, bool SamplesLoaded, int Villages);

/// <summary>
/// Prepares the console chat: binds the local user to a local admin holding every role (created on first run),
/// and gives a database without villages the 8 sample villages, named "…（示例）" and marked <see cref="VillageDoc.Sample"/>.
/// </summary>
public sealed class LocalSetup(AppraisalStore store, MemberDirectory members, TimeProvider clock)
{
    public const string LocalAdminName = "本机管理员";

    /// <summary>Every role but a village's official's, which belongs to one village and would hide the others.</summary>
    public static readonly Role[] LocalRoles = Enum.GetValues<Role>().Where(r => r != Role.Village).ToArray();

    /// <summary>"新庄村" is a unique part of exactly one of them, as in the README's worked example.</summary>
    public static readonly IReadOnlyList<string> SampleVillages =
        ["新庄村（示例）", "东湾村（示例）", "西坪村（示例）", "南沟村（示例）", "北山村（示例）", "石门村（示例）", "柳林村（示例）", "红旗村（示例）"];

    public LocalSetupResult Prepare(string channel, string userId) => store.Write(() =>
    {
        var member = members.FindByAccount(channel, userId);
        if (member is null)
        {
            member = members.Add(LocalAdminName, LocalRoles);
            members.Redeem(members.CreateInvite(member.Id).Code, channel, userId);
        }
        var setup = new ChannelStore(store).ConsoleSetup;
        var loaded = false;
        if (setup.FindById(1) is null)
        {
            if (store.Setup.Villages.Count() == 0)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var name in SampleVillages) store.Setup.Villages.Insert(new VillageDoc { Name = name, Sample = true, CreatedAt = now });
                loaded = true;
            }
            setup.Insert(new ConsoleSetupDoc { SamplesOffered = true });
        }
        return new LocalSetupResult(member, loaded, store.Setup.Villages.Count());
    });
}
