using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Conversations;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>WeCom:SetMenu true: the bot sets the app's menu at start; a tap on an item runs its command.</summary>
public sealed class WeComMenuTests : WeComEndToEndTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["WeCom:SetMenu"] = "true" };

    [Fact]
    public async Task TheMenuIsSetAtStartAndATapRunsItsCommand()
    {
        await Api.WaitUntilAsync(() => Api.Menu is not null, "menu/create");

        Assert.Equal(Service<WeComMenu>().Body().ToJsonString(), Api.Menu!.ToJsonString());
        Assert.Equal(Api.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Api.RequestsFor("menu/create")).Query["agentid"]);
        await JoinAsync(Zheng, Members.Role.Examiner);
        Assert.True((await Api.ClickMenuAsync(Zheng, "score")).Acknowledged);
        var villages = (await Api.WaitForMessagesAsync(Zheng, 2))[^1];
        Assert.Equal("请选择要评分的村（也可以直接输入村名）：", villages.Title);
    }
}

/// <summary>The menu as data: every key a command the engine answers, labelled as it declares itself, within WeCom's sizes, and the JSON the docs show.</summary>
public sealed class WeComMenuDataTests
{
    [Fact]
    public void EveryMenuKeyIsACommandLabelledByItsOwnWordAndTheDocsShowTheMenuToPaste()
    {
        using var chat = new ChatHarness();
        var commands = chat.Services.GetRequiredService<CommandMenu>().For("zh").Select(e => e.Command).ToHashSet();
        var table = chat.Services.GetRequiredService<CommandTable>();
        var menu = new WeComMenu(table, Options.Create(new BotOptions()));

        Assert.All(WeComMenu.Keys, key => Assert.Contains(key, commands));
        Assert.InRange(menu.Menus.Count, 1, 3);
        Assert.All(menu.Menus, m => Assert.InRange(m.Items.Count, 1, 5));
        Assert.All(menu.Menus, m => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(m.Name), 1, 16));
        // Each label is a word its command declares (评分, 排名 …): the same word typed runs the same command.
        Assert.All(menu.Menus.SelectMany(m => m.Items), item =>
        {
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(item.Name), 1, 40);
            Assert.Equal(item.Key, table.AsCommand(item.Name)?.TrimStart('/'));
        });
        var docs = File.ReadAllText(Path.Combine(DialogDiagramTests.RepositoryRoot(), "docs", "wecom.md"));
        // Indented under step 7 of the set-up.
        var shown = string.Join("\n", menu.Json().ReplaceLineEndings("\n").Split('\n').Select(line => "   " + line));
        Assert.Contains(shown, docs.ReplaceLineEndings("\n"));
    }
}
