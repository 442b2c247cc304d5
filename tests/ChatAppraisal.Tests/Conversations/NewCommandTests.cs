using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>
/// docs/conversations.md's promise: a new command is one file (its name, role, words, menu place, description and run)
/// plus one registration line. Nothing in the engine changes, yet /help, the member's menu, its word and the role check
/// all know it.
/// </summary>
public sealed class NewCommandTests
{
    /// <summary>The "one file": everything the engine needs, declared by the command itself.</summary>
    sealed class PeriodNameCommand(Appraisal.Periods periods) : IChatCommand
    {
        public string Name => "periodname";
        public Role? Requires => Role.Office;
        public IReadOnlyList<string> Words => ["期间名"];
        public int? MenuPlace => 9;
        public string Describe(Texts texts) => "the name of the period being appraised";
        public void Run(Turn turn, string args) => turn.Say($"period: {periods.Active().Name}");
    }

    [Fact]
    public async Task ANewCommandIsOneFileAndOneRegistrationLine()
    {
        using var chat = new ChatHarness(configure: s => s.AddChatCommand<PeriodNameCommand>()); // the one line
        var office = chat.Member("钱卫东", Role.Office);
        var examiner = chat.Examiner();
        var said = $"period: {chat.Services.GetRequiredService<Appraisal.Periods>().Active().Name}";

        Assert.Equal(said, (await chat.Send(office, "/periodname")).Text());
        Assert.Equal(said, (await chat.Send(office, "期间名")).Text());           // its word
        Assert.Contains("/periodname", (await chat.Send(office, "/help")).Text());             // /help reads it
        Assert.Contains("the name of the period being appraised", (await chat.Send(office, "/help")).Text());
        var menu = (await chat.Send(office, "你好")).OfType<TextReply>().Last().Buttons!.SelectMany(r => r).Select(b => b.Label);
        Assert.Contains("期间名", menu);                                                          // the member's menu reads it

        Assert.DoesNotContain("period:", (await chat.Send(examiner, "/periodname")).Text()); // its role is checked
        var examinerMenu = (await chat.Send(examiner, "你好")).OfType<TextReply>().Last().Buttons!.SelectMany(r => r).Select(b => b.Label);
        Assert.DoesNotContain("期间名", examinerMenu);
    }
}
