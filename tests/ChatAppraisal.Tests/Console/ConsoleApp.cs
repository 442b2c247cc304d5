using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
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
        return (member, members.CreateInvite(member.Id).Id);
    }

    public VillageDoc AddVillage(string name) => Services.GetRequiredService<VillageRoster>().Add(Setup, name).Village!;


    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
