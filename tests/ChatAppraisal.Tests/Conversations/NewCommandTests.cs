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
    sealed class VillageCountCommand(Appraisal.VillageRoster villages) : IChatCommand
    {
        public string Name => "villagecount";
        public Role? Requires => Role.Office;
        public IReadOnlyList<string> Words => ["村数"];
        public int? MenuPlace => 9;
        public string Describe(Texts texts) => "how many villages are appraised";
        public void Run(Turn turn, string args) => turn.Say($"villages: {villages.All().Count}");
    }

    [Fact]
    public async Task ANewCommandIsOneFileAndOneRegistrationLine()
    {
        using var chat = new ChatHarness(configure: s => s.AddChatCommand<VillageCountCommand>()); // the one line
        var office = chat.Member("钱卫东", Role.Office);
        var examiner = chat.Examiner();
        var count = chat.Services.GetRequiredService<Appraisal.VillageRoster>().All().Count;

        Assert.Equal($"villages: {count}", (await chat.Send(office, "/villagecount")).Text());
        Assert.Equal($"villages: {count}", (await chat.Send(office, "村数")).Text());           // its word
        Assert.Contains("/villagecount", (await chat.Send(office, "/help")).Text());             // /help reads it
        Assert.Contains("how many villages are appraised", (await chat.Send(office, "/help")).Text());
        var menu = (await chat.Send(office, "你好")).OfType<TextReply>().Last().Buttons!.SelectMany(r => r).Select(b => b.Label);
        Assert.Contains("村数", menu);                                                          // the member's menu reads it

        Assert.DoesNotContain("villages:", (await chat.Send(examiner, "/villagecount")).Text()); // its role is checked
        var examinerMenu = (await chat.Send(examiner, "你好")).OfType<TextReply>().Last().Buttons!.SelectMany(r => r).Select(b => b.Label);
        Assert.DoesNotContain("村数", examinerMenu);
    }
}
