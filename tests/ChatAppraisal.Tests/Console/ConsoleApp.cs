using System.Net;
using System.Net.Sockets;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Hosting;
using ChatAppraisal.Bot.Web;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Console;

/// <summary>The real app (as Program.cs, less the console chat and Telegram) with the browser chat's sign-in and the office console.</summary>
sealed class ConsoleApp : IAsyncDisposable
{
    readonly WebApplication _app;

    ConsoleApp(WebApplication app, string folder, string baseUrl)
    {
        _app = app;
        Folder = folder;
        BaseUrl = baseUrl;
    }

    public string Folder { get; }
    public string BaseUrl { get; }
    public IServiceProvider Services => _app.Services;
    public AppraisalStore Store => Services.GetRequiredService<AppraisalStore>();
    public PeriodView Period => Services.GetRequiredService<Periods>().Active();
    public static readonly Actor Setup = new(0, "test", "test");

    public static async Task<ConsoleApp> Start()
    {
        var (app, folder, baseUrl) = await Support.RealApp.StartAsync(new Dictionary<string, string?> { ["Admin:ApiKey"] = "test-admin-key-0123456789" });
        return new ConsoleApp(app, folder, baseUrl);
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
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
