using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>Conflicts of interest (包村干部): a member who works for a village neither scores its items nor rates it.</summary>
public class ConflictsOfInterestTests
{
    static void WorksFor(ChatHarness chat, string member, string village)
    {
        var doc = chat.Db.Store.Roster.Members.FindOne(m => m.Name == member)!;
        var roster = new MemberRoster(chat.Db.Store, chat.Db.Members, chat.Db.Clock);
        Assert.NotNull(roster.AssignVillages(new Actor(0, "test", "test"), doc.Id, [chat.Village(village).Id])?.Member);
    }

    static void Policy(ChatHarness chat, ConflictedLeaders rule) => chat.Db.Store.Write(() =>
    {
        var doc = chat.Db.Store.Setup.Periods.FindById(chat.Period.Id)!;
        doc.Policy = doc.Policy with { ConflictedLeaders = rule };
        chat.Db.Store.Setup.Periods.Update(doc);
    });

    static string Rating(string village, decimal total) => village + " " + string.Join(" ", Scenario.RatingsWithTotal(total).Select(Points.Format));

    [Fact]
    public async Task AConflictedExaminerIsRefusedTheVillageAndToldWhyAndOthersStayOpen()
    {
        using var chat = new ChatHarness();
        var examiner = chat.Examiner();
        WorksFor(chat, "郑亚娜", "新庄村");

        await chat.Send(examiner, "/score");
        var refused = (await chat.Send(examiner, "新庄村")).Text();

        Assert.Contains("您是新庄村的包村干部，按利益回避的规定不能给新庄村的考核项目评分。请选择其他村。", refused);
        Assert.Contains("请选择要评分的村", refused);          // asked again
        Assert.Contains("东湾村", (await chat.Send(examiner, "东湾村")).Text());
        Assert.Empty(chat.Scores());
        Assert.Contains(chat.Audit(), a => a.Action == AuditActions.MemberVillages && a.Detail!.Contains("郑亚娜"));
    }

    [Fact]
    public async Task AConflictedLeaderIsRefusedByDefaultAndNothingIsStored()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("苏虎林", Role.Leader);
        WorksFor(chat, "苏虎林", "新庄村");

        var reply = (await chat.Send(leader, Rating("新庄村", 90))).Text();
        Assert.Contains("没有保存：您是新庄村的包村干部，按利益回避的规定不能给新庄村打党政班子成员评分。", reply);
        Assert.Empty(chat.Buttons(leader));

        await chat.Send(leader, "/rate");
        Assert.Contains("不能给新庄村打党政班子成员评分", (await chat.Send(leader, "新庄村")).Text());
        Assert.Empty(chat.Db.Store.Scores.Ratings.FindAll());

        // Not expected to rate it either: the village's leaders expected leave them out.
        var result = chat.Db.Standings.Compute(chat.Period).Ranking.Single(r => r.Result.Village == "新庄村").Result;
        Assert.Equal(0, result.LeadersExpected);
    }

    [Fact]
    public async Task AConflictedLeaderIsExcludedFromTheMeanWhenThePolicySaysSoAndTheRankingSaysSo()
    {
        using var chat = new ChatHarness();
        Policy(chat, ConflictedLeaders.Exclude);
        var leaders = new[] { ("苏虎林", 95m), ("钱卫东", 90m), ("孙丽", 85m) };
        var users = leaders.ToDictionary(l => l.Item1, l => chat.Member(l.Item1, Role.Leader));
        WorksFor(chat, "苏虎林", "新庄村");
        var office = chat.Member("王主任", Role.Office);

        foreach (var (name, total) in leaders)
        {
            var user = users[name];
            var summary = (await chat.Send(user, Rating("新庄村", total))).Text();
            if (name == "苏虎林") Assert.Contains("注意：您是新庄村的包村干部。按本期规定，这份评分会记下，但不计入新庄村的党政班子成员评分平均分。", summary);
            else Assert.DoesNotContain("包村干部", summary);
            await chat.Press(user, "确认");
        }

        // Taken: all three are stored. The mean, computed here: (90 + 85) / 2, without the conflicted 95.
        Assert.Equal(3, chat.Db.Store.Scores.Ratings.Count());
        var expectedMean = (90m + 85m) / 2;
        var result = chat.Db.Standings.Compute(chat.Period).Ranking.Single(r => r.Result.Village == "新庄村").Result;
        Assert.Equal(expectedMean, result.Leader);
        Assert.Equal(expectedMean * 1000m / 100m, result.Leader1000);
        Assert.Equal((1, 3), (result.LeadersExcluded, result.LeadersRated));
        Assert.Equal(chat.Period.Policy.OnsiteWeight * result.Onsite1000 + chat.Period.Policy.LeaderWeight * 875m, result.Final);

        var ranking = (await chat.Send(office, "/ranking text")).Text();
        Assert.Contains("包村干部回避：新庄村 1 份党政班子成员评分已记下，但不计入平均分。", ranking);
    }
}
