using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>In Telegram: an open ballot's count carries no grade; a conflicted examiner is refused their village.</summary>
public sealed class SecretBallotAndConflictsByChatTests : EndToEndTest
{
    async Task<BotMessage> Answer(FakeUser user, string text, string expected)
    {
        var before = Api.MessagesIn(user.Id).Count;
        Api.SendText(user, text);
        await Api.WaitUntilAsync(() => Api.MessagesIn(user.Id).Skip(before).Any(m => m.Text?.Contains(expected) == true), $"an answer with \"{expected}\"");
        return Api.MessagesIn(user.Id).Skip(before).First(m => m.Text?.Contains(expected) == true);
    }

    [Fact]
    public async Task AnOpenBallotsCountCarriesNoGradeAndOneClosedWithThreeVotesProposesNothing()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await Answer(Zheng, "/ballot 新庄村 10", "新庄村民主测评已开始");
        var book = Service<BallotBook>();
        var ballot = book.ForVillage(Period.Id, Village("新庄村").Id)!;
        foreach (var (code, grade) in book.Codes(ballot.Id).Take(3).Zip([BallotGrade.Good, BallotGrade.Fair, BallotGrade.Poor]))
            Assert.Equal(VoteOutcome.Counted, book.Vote(code, grade));

        var count = await Answer(Zheng, "/ballot 新庄村", "已收 3/10");
        Assert.DoesNotMatch("(好|较好|一般|较差) \\d", count.Text!);

        var closed = await Answer(Zheng, "/ballot 新庄村 close", "只收到 3 票，少于本年度规定的最少 5 票");
        Assert.DoesNotMatch("(好|较好|一般|较差) \\d", closed.Text!);
        Assert.Empty(Scores("新庄村"));
    }

    [Fact]
    public async Task AnExaminerWhoWorksForAVillageIsRefusedItWithTheReason()
    {
        var member = await JoinAsync(Zheng, Role.Examiner);
        Service<MemberRoster>().AssignVillages(new Actor(0, "test", "test"), member.Id, [Village("新庄村").Id]);

        await SayAsync(Zheng, "/score");
        await Answer(Zheng, "新庄村", "您是新庄村的包村干部，按利益回避的规定不能给新庄村的考核项目评分");
        Assert.Empty(Scores("新庄村"));
    }
}
