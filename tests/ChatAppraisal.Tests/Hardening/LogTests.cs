namespace ChatAppraisal.Tests.Hardening;

/// <summary>
/// Finding 1: the log could pair a ballot code with its grade and held invite codes and sign-in tokens. The program is
/// started from another folder (no appsettings.json there), as a published program is.
/// </summary>
public sealed class LogTests
{
    [Fact]
    public async Task StartedFromAnotherFolderTheLogHasNoRequestLinesAndNoSecrets()
    {
        await using var bot = await RealBot.Start();

        var secrets = await SecretsProbe.Run(bot.BaseUrl, bot.DatabasePath);
        await bot.Stop();

        var log = bot.Stdout + bot.Stderr;
        await File.WriteAllTextAsync(Path.Combine(bot.Folder, "captured.log"), log); // to read after a failure
        Assert.DoesNotContain("Request starting", log);
        Assert.DoesNotContain("info: Microsoft.AspNetCore", log);
        Assert.Contains("first-admin.txt", log); // the bootstrap admin's code is named by its file, not written
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, log));
    }

    [Fact]
    public async Task AtEveryLevelTheLogHoldsNoBallotCodeInviteCodeOrSignInToken()
    {
        await using var bot = await RealBot.Start(settings: new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Trace", ["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace", ["Logging__LogLevel__System.Net.Http.HttpClient"] = "Trace",
        });

        var secrets = await SecretsProbe.Run(bot.BaseUrl, bot.DatabasePath);
        await bot.Stop();

        var log = bot.Stdout + bot.Stderr;
        await File.WriteAllTextAsync(Path.Combine(bot.Folder, "captured.log"), log); // to read after a failure
        // The request lines are there, with the codes blanked out: the log still says what was asked for.
        Assert.Contains("Request starting", log);
        Assert.Contains("/v/***", log);
        Assert.Contains("/chat/link/***", log);
        Assert.Contains("invite=***", log);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, log));
        // ASP.NET Core's Debug lines (route values, a handler's arguments: a code and its grade) are never written.
        Assert.DoesNotContain("with arguments", log);
        Assert.DoesNotContain("Route values", log);
    }

    [Fact]
    public async Task TheConsoleChatsTerminalShowsNoLogLinesBelowError()
    {
        var folder = RealBot.NewFolder();
        await using var bot = await RealBot.Start(folder, new Dictionary<string, string> { ["Console__Enabled"] = "true" }, stdin: "/help\n", waitForHealth: false);

        await bot.WaitForExit(TimeSpan.FromSeconds(90));

        Assert.Contains("/score", bot.Stdout); // the chat answered
        Assert.DoesNotContain("info:", bot.Stderr);
        Assert.DoesNotContain("warn:", bot.Stderr);
        Assert.DoesNotContain("info:", bot.Stdout);
        // The log went to its file instead, at Information.
        Assert.Contains("[Information]", await File.ReadAllTextAsync(Path.Combine(folder, "bot.log")));
    }
}
