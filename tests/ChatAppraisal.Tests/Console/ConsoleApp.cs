using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Console;

/// <summary>The real app (<see cref="WebBotApp"/>: Program with the browser chat's sign-in and the office console).</summary>
sealed class ConsoleApp : IAsyncDisposable
{
    readonly WebBotApp _app;

    ConsoleApp(WebBotApp app) => _app = app;

    public string Folder => _app.Folder;
    public string BaseUrl => _app.BaseUrl;
    public IServiceProvider Services => _app.Services;
    public AppraisalStore Store => Services.GetRequiredService<AppraisalStore>();
    public PeriodView Period => Services.GetRequiredService<Periods>().Active();
    public static readonly Actor Setup = new(0, "test", "test");

    public static Task<ConsoleApp> Start()
    {
        var app = new WebBotApp();
        app.StartServer();
        return Task.FromResult(new ConsoleApp(app));
    }

    /// <summary>A member with an unused invite code, to sign in with at /chat.</summary>
    public (MemberDoc Member, string Code) Member(string name, params Role[] roles)
    {
        var members = Services.GetRequiredService<MemberDirectory>();
        var member = members.Add(name, roles);
        return (member, members.CreateInvite(member.Id).Code);
    }

    public VillageDoc AddVillage(string name) => Services.GetRequiredService<VillageRoster>().Add(Setup, name).Village!;

    /// <summary>A village scored as the README's worked example: every item entered, three leaders' ratings (90, 85, 95) → 984.90.</summary>
    public VillageDoc WorkedExample(string name)
    {
        var village = AddVillage(name);
        var book = Services.GetRequiredService<ScoreBook>();
        foreach (var category in Scenario.WorkedExampleItems().GroupBy(kv => kv.Key.Item1))
            Assert.True(book.SetItems(Setup, Period, village.Id, category.Key, category.Select(kv => (kv.Key.Item2, (decimal?)kv.Value)).ToList()).Ok);
        foreach (var (leaderName, total) in new[] { ("甲领导", 90m), ("乙领导", 85m), ("丙领导", 95m) })
        {
            var leader = Services.GetRequiredService<MemberDirectory>().All().FirstOrDefault(m => m.Name == leaderName) ?? Member(leaderName, Role.Leader).Member;
            Assert.True(book.SetRating(new Actor(leader.Id, leader.Name, "test"), Period, village.Id, Scenario.RatingsWithTotal(total)).Ok);
        }
        return village;
    }


    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
