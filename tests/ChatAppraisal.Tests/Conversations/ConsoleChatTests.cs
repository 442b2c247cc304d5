using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Channels.Console;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Processes;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Conversations;

public class ConsoleChatTests
{
    [Fact]
    public async Task APipedSessionScoresACategoryAndExitsCleanlyAtTheEndOfInput()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "data", "appraisal.db");
        Directory.CreateDirectory(folder);
        try
        {
            // 社会保险 (3 items): one by the 满分 button, one typed with full-width digits, one chosen by "#2" (the 0 button),
            // a bad input on the way, then the review confirmed by its label.
            var input = string.Join("\n", "/score", "1", "社会保险", "满分", "abc", "３７．５", "#2", "确认", "") ;
            var (exitCode, output, errors) = await RunBot(folder, database, input);

            Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{errors}");
            Assert.Contains("您以“本机管理员”身份登录，拥有全部角色。", output);
            Assert.Contains("[1] 新庄村（示例） 0/117", output);
            Assert.Contains("社会保险 1/3 · 城乡居民基本医疗保险（满分 50 分）", output);
            Assert.Contains("“abc”不是分数", output);
            Assert.Contains("✓ 已确认：社会保险 87.5 分。", output);
            Assert.Contains("输入结束，再见。", output);
            Assert.DoesNotContain("info:", output);   // the framework's log stays out of the chat
            Assert.True(File.Exists(Path.Combine(folder, "data", "bot.log")));

            using var store = new AppraisalStore(database);
            var village = store.Setup.Villages.FindOne(v => v.Name == "新庄村（示例）")!;
            Assert.True(village.Sample);
            Assert.Equal(8, store.Setup.Villages.FindAll().Count(v => v.Sample));
            var scores = store.Scores.Items.Find(s => s.VillageId == village.Id).OrderBy(s => s.Item).ToList();
            Assert.Equal([50m, 37.5m, 0m], scores.Select(s => s.Value));
            Assert.All(scores, s => Assert.Equal((7, "console"), (s.Category, s.Channel)));
            var audit = store.Audit.Entries.FindAll().ToList();
            Assert.Equal(3, audit.Count(a => a.Action == AuditActions.ScoreSet && a.MemberName == LocalSetup.LocalAdminName));
            Assert.Single(audit, a => a.Action == "category.confirmed");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task TypedWordsRunTheirCommandsAndAGreetingGetsTheMenu()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "data", "appraisal.db");
        Directory.CreateDirectory(folder);
        try
        {
            var input = string.Join("\n", "你好", "1", "返回", "退出", "排名 文字", "帮助", "");
            var (exitCode, output, errors) = await RunBot(folder, database, input);

            Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{errors}");
            Assert.Contains("本机管理员，您好。这里是村级目标管理综合考核的评分助手，您可以：", output);
            Assert.Contains("[1] 评分   [2] 班子评分   [3] 我的评分", output);
            Assert.Contains("请选择要评分的村", output);   // [1] 评分 pressed by its number
            Assert.Contains("已退出。", output);
            Assert.Contains("名次｜村｜现场考核｜党政班子成员评分｜综合得分（千分制）｜状态", output); // 排名 文字: the ranking as a table
            Assert.Contains("/score（评分、打分） — ", output);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void LocalSetupBindsALocalAdminWithEveryRoleAndLoadsSamplesOnlyOnce()
    {
        using var db = new TempDatabase();
        var setup = new LocalSetup(db.Store, db.Members, db.Clock);

        var first = setup.Prepare("console", "local");
        Assert.True(first.SamplesLoaded);
        Assert.Equal(Enum.GetValues<Role>().Where(r => r != Role.Village), first.Member.Roles); // a village's official sees one village only
        Assert.Equal(8, db.Store.Setup.Villages.FindAll().Count(v => v.Sample && v.Name.EndsWith("（示例）")));
        Assert.Equal(MatchKind.Unique, NameMatch.Find(db.Store.Setup.Villages.FindAll(), v => v.Name, "新庄村").Kind);

        foreach (var sample in db.Store.Setup.Villages.FindAll().Where(v => v.Sample).ToList()) db.Store.Setup.Villages.Delete(sample.Id); // an admin removes the samples
        var second = setup.Prepare("console", "local");
        Assert.False(second.SamplesLoaded);
        Assert.Equal(0, db.Store.Setup.Villages.Count());
        Assert.Equal(first.Member.Id, second.Member.Id);
        Assert.Single(db.Members.All());
    }

    [Fact]
    public void SamplesAreNotAddedToADatabaseThatHasVillages()
    {
        using var db = new TempDatabase();
        db.AddVillage("新庄村");
        var result = new LocalSetup(db.Store, db.Members, db.Clock).Prepare("console", "local");
        Assert.False(result.SamplesLoaded);
        Assert.Equal(1, db.Store.Setup.Villages.Count());
    }

    /// <summary>The bot as its own process over <paramref name="database"/>, fed <paramref name="input"/> and run to the end of it.</summary>
    internal static async Task<(int ExitCode, string Output, string Errors)> RunBot(string workingDirectory, string database, string input)
    {
        var run = await BotProcess.RunAsync(new BotLaunch(BotProcess.BesideThisProgram, new Dictionary<string, string>
        {
            ["Storage__Path"] = database,
            ["Admin__Urls"] = "http://127.0.0.1:0",
            ["Telegram__BotToken"] = "",
        })
        {
            WorkingDirectory = workingDirectory, Input = input,
        }, TimeSpan.FromSeconds(60));
        return (run.ExitCode, run.Stdout, run.Stderr);
    }
}
