using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Channels;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Evidence;
using ChatAppraisal.Tests.Support;
using ChatAppraisal.Towns;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Towns;

/// <summary>
/// Two towns holding the same kinds of records under names no other town uses: villages, members, item scores, leaders'
/// ratings, a sealed sheet, a visit, a ballot, attachments and a written report. What one town's outputs may never show is
/// the other's <see cref="Names"/>.
/// </summary>
public sealed class TwoTownsData
{
    public const string OtherTownName = "柳河镇";

    TwoTownsData(int town, string townName, string[] villages, string[] members)
    {
        Town = town;
        TownName = townName;
        Villages = villages;
        Members = members;
    }

    public int Town { get; }
    public string TownName { get; }
    public IReadOnlyList<string> Villages { get; }
    public IReadOnlyList<string> Members { get; }
    public List<int> VillageIds { get; } = [];

    /// <summary>
    /// Every name of this town that no other town holds. The default town's name is left out: the seed rubric, which every new
    /// town's first period takes, is 新庄镇's own plan and names it (its title, an item).
    /// </summary>
    public IEnumerable<string> Names => [.. Town == TownScope.DefaultTownId ? Array.Empty<string>() : [TownName], .. Villages, .. Members];

    /// <summary>The default town (新庄镇) and a second town (柳河镇), filled through the services as people would fill them.</summary>
    public static (TwoTownsData First, TwoTownsData Second) Fill(IServiceProvider services)
    {
        var second = services.GetRequiredService<TownList>().Add(OtherTownName).Town!.Id;
        var first = new TwoTownsData(TownScope.DefaultTownId, "新庄镇", ["新庄村", "东湾村"], ["张三", "甲领导"]);
        var other = new TwoTownsData(second, OtherTownName, ["柳河村", "北坡村"], ["李四", "乙领导"]);
        first.FillTown(services);
        other.FillTown(services);
        return (first, other);
    }

    void FillTown(IServiceProvider services)
    {
        using var _ = TownScope.Enter(Town);
        var setup = new Actor(0, "test", "test");
        var period = services.GetRequiredService<Periods>().Active();
        var roster = services.GetRequiredService<VillageRoster>();
        var members = services.GetRequiredService<MemberDirectory>();
        var examiner = members.Add(Members[0], [Role.Examiner]);
        var leader = members.Add(Members[1], [Role.Leader, Role.GroupLeader]);
        var examinerActor = new Actor(examiner.Id, examiner.Name, "test");
        var leaderActor = new Actor(leader.Id, leader.Name, "test");
        foreach (var name in Villages) VillageIds.Add(roster.Add(setup, name).Village!.Id);
        var (a, b) = (VillageIds[0], VillageIds[1]);

        var book = services.GetRequiredService<ScoreBook>();
        foreach (var category in Scenario.WorkedExampleItems().GroupBy(kv => kv.Key.Item1))
            Assert.True(book.SetItems(examinerActor, period, a, category.Key, category.Select(kv => (kv.Key.Item2, (decimal?)kv.Value)).ToList()).Ok);
        Assert.True(book.SetItems(examinerActor, period, b, 0, [(0, 19m), (1, 5.5m)]).Ok);
        Assert.True(book.SetRating(leaderActor, period, a, Scenario.RatingsWithTotal(90m)).Ok);
        Assert.Equal(SealRefusal.None, services.GetRequiredService<Sheets>().Seal(leaderActor, period, a));

        Assert.True(services.GetRequiredService<VisitSchedule>().Set(setup, period.Id, b, new DateOnly(2018, 1, 16), new TimeOnly(9, 0), Villages[1] + "村部").Ok);
        Assert.True(services.GetRequiredService<BallotBook>().Open(setup, period, b, 3).Ok);
        var attachments = services.GetRequiredService<Attachments>();
        Assert.True(attachments.AddToItem(examinerActor, period, b, 0, 0, new ChatFile("台账.jpg", "image/jpeg", EvidenceFiles.Jpeg(), IsPhoto: true)).Ok);
        Assert.True(attachments.AddToItem(examinerActor, period, b, 2, 1,
            new ChatFile("名单.txt", "text/plain", Encoding.UTF8.GetBytes($"花名册：{Members[0]}、{Members[1]}\r\n"))).Ok);
        Assert.True(attachments.AddPastedReport(examinerActor, period, b, AttachmentKind.WrittenReport,
            $"一、{Villages[1]}基本情况。二、存在问题。三、下步打算。", $"书面汇报_{Villages[1]}.txt").Ok);
    }
}
