using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>
/// Issue 24 on WeCom: two towns' members on the one self-built app, every callback encrypted and signed as WeCom sends it.
/// Each update is routed to its member's town (the account's), and no reply shows anything of the other town.
/// </summary>
public sealed class WeComTwoTownsTests : WeComEndToEndTest
{
    static readonly string[] OtherVillages = ["柳河村", "北坡村"];

    /// <summary>An invite made in <paramref name="town"/>'s scope, as that town's admin makes it.</summary>
    string Invite(int town, string user, params Role[] roles)
    {
        using var _ = TownScope.Enter(town);
        var members = Service<MemberDirectory>();
        return members.CreateInvite(members.Add(Names[user], roles).Id).Code;
    }

    static void DoesNotShow(IEnumerable<string> names, WeComMessage message)
    {
        var everything = message.Reads + " " + string.Join(" ", message.Buttons.Select(b => b.Text));
        foreach (var name in names) Assert.DoesNotContain(name, everything);
    }

    [Fact]
    public async Task TwoTownsShareTheAppEachUpdateReachesItsMembersTownAndNothingOfTheOtherTownShows()
    {
        var town2 = Service<TownList>().Add("柳河镇").Town!.Id;
        int liuhe;
        using (TownScope.Enter(town2))
        {
            liuhe = Service<VillageRoster>().Add(new Actor(0, "test", "test"), OtherVillages[0]).Village!.Id;
            Service<VillageRoster>().Add(new Actor(0, "test", "test"), OtherVillages[1]);
        }

        // Both join the one app with their town's invite; a stranger is told how to join, as with one town.
        foreach (var (user, town) in new[] { (Zheng, TownScope.DefaultTownId), (Qian, town2) })
        {
            var before = Inbox(user).Count;
            Assert.True((await Api.SendTextAsync(user, "/start " + Invite(town, user, Role.Examiner, Role.Office))).Acknowledged);
            await Api.WaitUntilAsync(() => Inbox(user).Skip(before).Any(m => m.Reads.StartsWith("欢迎", StringComparison.Ordinal)), $"{user} to be welcomed");
            Assert.Equal(town, Service<MemberDirectory>().Account("wecom", user)!.TownId);
        }
        Assert.StartsWith("您好！", (await SayAsync(Stranger, "你好")).Reads);

        // At the same time, each examiner's village card lists only their own town's villages.
        var cards = await Task.WhenAll(SayAsync(Zheng, "/score"), SayAsync(Qian, "/score"));
        Assert.Equal(["新庄村 0/117", "东湾村 0/117", "西坪村 0/117"], cards[0].Buttons.Select(b => b.Text));
        Assert.Equal(["柳河村 0/117", "北坡村 0/117"], cards[1].Buttons.Select(b => b.Text));

        // 钱卫东 scores 柳河村's 社会保险 by pressing and typing; it is stored in 柳河镇 under his name, nothing in 新庄镇.
        var categories = await PressAsync(cards[1], "柳河村 0/117");
        Assert.StartsWith("柳河村 · 已评 0/117 项", categories.Reads);
        await SayAsync(Qian, "社保");
        await SayAsync(Qian, "50");
        await SayAsync(Qian, "40");
        Assert.Contains("请核对：柳河村 · 社会保险", (await SayAsync(Qian, "10")).Reads);
        Assert.StartsWith("✓ 已确认：社会保险 100 分。", (await SayAsync(Qian, "确认")).Reads);
        using (TownScope.Enter(town2))
        {
            var stored = Store.Scores.Items.Find(s => s.VillageId == liuhe).OrderBy(s => s.Item).ToList();
            Assert.Equal([50m, 40m, 10m], stored.Select(s => s.Value));
            Assert.All(stored, s => Assert.Equal((town2, "wecom"), (s.TownId, s.Channel)));
            Assert.Equal([AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.ScoreSet, CategoryConfirmations.AuditAction],
                Store.Audit.Entries.Find(a => a.VillageId == liuhe).Where(a => a.MemberName == "钱卫东").OrderBy(a => a.Id).Select(a => a.Action));
        }
        Assert.Empty(Store.Scores.Items.FindAll());
        Assert.DoesNotContain(Store.Audit.Entries.FindAll(), a => a.MemberName == "钱卫东");

        // Each town's office reads its own ranking (chart and text); neither shows the other town's villages or people.
        await SayAsync(Zheng, "/cancel");
        var ranking = await Task.WhenAll(ExchangeAsync(Zheng, "/ranking", replies: 2), ExchangeAsync(Qian, "/ranking", replies: 2));
        Assert.Equal("image", ranking[0][0].Type);
        Assert.Contains("新庄村", ranking[0][1].Text);
        Assert.Contains("柳河村", ranking[1][1].Text);
        foreach (var message in ranking[0].Concat(Inbox(Zheng))) DoesNotShow([.. OtherVillages, "柳河镇", "钱卫东"], message);
        foreach (var message in ranking[1].Concat(Inbox(Qian))) DoesNotShow([.. Villages, "郑亚娜"], message);
        Assert.Empty(Api.Dropped);
    }
}
