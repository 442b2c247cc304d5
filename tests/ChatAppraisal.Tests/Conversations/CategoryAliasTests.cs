namespace ChatAppraisal.Tests.Conversations;

/// <summary>
/// Regression: a category's alias typed in /score found nothing when other category names contain it: "安全" (安全生产)
/// is also part of 食品药品安全, "扶贫" (精准扶贫) part of 精准扶贫帮扶工作. The exact alias now wins.
/// </summary>
public class CategoryAliasTests
{
    [Theory]
    [InlineData("安全", "安全生产 1/9 · ")]
    [InlineData("扶贫", "精准扶贫 1/6 · ")]
    [InlineData("食药", "食品药品安全 1/3 · ")]
    [InlineData("精准扶贫", "精准扶贫 1/6 · ")]
    [InlineData("帮扶", "精准扶贫帮扶工作 1/16 · ")]
    [InlineData("食品", "食品药品安全 1/3 · ")]
    public async Task AnAliasOrAnExactNameOpensItsCategoryEvenWhenOtherNamesContainIt(string typed, string prompt)
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score 新庄村");

        var reply = await chat.Send(user, typed);

        Assert.StartsWith(prompt, reply.Text());
    }

    [Fact]
    public async Task APartThatIsNoAliasAndInSeveralNamesIsStillAskedAbout()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score 新庄村");

        var reply = await chat.Send(user, "安");

        Assert.StartsWith("“安”对应多个：", reply.Text());
        Assert.Contains("安全生产", reply.Text());
        Assert.Contains("食品药品安全", reply.Text());
    }
}
