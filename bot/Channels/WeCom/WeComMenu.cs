using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// The app's menu (自定义菜单): three menus of <c>click</c> items whose keys name commands, so a tap runs the command as if
/// typed (<see cref="WeComIncoming"/>). docs/wecom.md shows this JSON to paste; with <c>WeCom:SetMenu</c> the bot sets it
/// at start with <c>menu/create</c>. WeCom allows 3 menus of at most 5 items; names of at most 16 bytes on top, 40 below.
/// Which command goes in which menu is WeCom's own layout (<see cref="Layout"/>); every item's label is the command's as
/// its declaration gives it (its first word, said by the catalog's <see cref="Texts.MenuLabel"/>, as the member's menu
/// buttons say it), and the menus' names are the catalog's, in <c>Bot:Language</c>.
/// </summary>
public sealed class WeComMenu(CommandTable table, IOptions<BotOptions> bot)
{
    /// <summary>The menus and the commands in each, by name.</summary>
    public static readonly IReadOnlyList<(AppMenuGroup Group, IReadOnlyList<string> Keys)> Layout =
    [
        (AppMenuGroup.Appraisal, ["score", "rate", "myratings", "sign"]),
        (AppMenuGroup.View, ["progress", "ranking", "export"]),
        (AppMenuGroup.Help, ["help", "back", "cancel"]),
    ];

    public static IEnumerable<string> Keys => Layout.SelectMany(m => m.Keys);

    /// <summary>The menus as WeCom shows them: each menu's name, its items' labels and keys.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<(string Name, string Key)> Items)> Menus
    {
        get
        {
            var texts = Texts.For(bot.Value.Language);
            return Layout.Select(menu => (texts.AppMenuName(menu.Group),
                (IReadOnlyList<(string, string)>)menu.Keys.Select(key => (texts.MenuLabel(key, table.WordOf(key)), key)).ToList())).ToList();
        }
    }

    /// <summary>The body of <c>menu/create</c>, as pasted into the admin console's API tools or sent by the bot.</summary>
    public JsonObject Body() => new()
    {
        ["button"] = new JsonArray(Menus.Select(menu => (JsonNode)new JsonObject
        {
            ["name"] = menu.Name,
            ["sub_button"] = new JsonArray(menu.Items.Select(item => (JsonNode)new JsonObject
            {
                ["type"] = "click",
                ["name"] = item.Name,
                ["key"] = item.Key,
            }).ToArray()),
        }).ToArray()),
    };

    /// <summary>The body indented, with Chinese as it is (for the docs).</summary>
    public string Json() => Body().ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>With <c>WeCom:SetMenu</c> true, sets the app's menu once at start (<c>menu/create</c>); a failure is logged, never fatal.</summary>
public sealed class WeComMenuSetter(WeComApiClient api, IServiceProvider services, IOptions<WeComOptions> options, ILogger<WeComMenuSetter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SetMenu) return;
        // Asked for only when the menu is set: the menu reads the chat's commands, which a host of the channel alone lacks.
        var menu = services.GetRequiredService<WeComMenu>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await api.CreateMenuAsync(menu.Body(), stoppingToken);
                logger.LogInformation("WeCom: the app's menu is set ({Keys})", string.Join(", ", WeComMenu.Keys));
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (attempt < 3 && WeComErrors.Classify(e) is not SendFailure.Permanent)
            {
                logger.LogWarning("WeCom: setting the app's menu failed ({Reason}); trying again", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(5 * attempt), stoppingToken);
            }
            catch (Exception e)
            {
                var fix = e is WeComApiException api ? WeComErrors.WhatToFix(api.ErrorCode) : null;
                logger.LogError(e, "WeCom: the app's menu could not be set (WeCom:SetMenu). {WhatToFix}", fix ?? "Paste the menu of docs/wecom.md in the admin console instead.");
                return;
            }
        }
    }
}
