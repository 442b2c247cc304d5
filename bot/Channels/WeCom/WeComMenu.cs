using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// The app's menu (自定义菜单): three menus of <c>click</c> items whose keys name commands, so a tap runs the command as if
/// typed (<see cref="WeComIncoming"/>). docs/wecom.md shows this JSON to paste; with <c>WeCom:SetMenu</c> the bot sets it
/// at start with <c>menu/create</c>. WeCom allows 3 menus of at most 5 items; names of at most 16 bytes on top, 40 below.
/// </summary>
public static class WeComMenu
{
    public static readonly IReadOnlyList<(string Name, IReadOnlyList<(string Name, string Key)> Items)> Menus =
    [
        ("考核", [("现场打分", "score"), ("班子评议", "rate"), ("我的评议", "myratings"), ("签字密封", "sign")]),
        ("查看", [("考核进度", "progress"), ("排名", "ranking"), ("导出结果", "export")]),
        ("帮助", [("帮助", "help"), ("上一步", "back"), ("取消", "cancel")]),
    ];

    public static IEnumerable<string> Keys => Menus.SelectMany(m => m.Items.Select(i => i.Key));

    /// <summary>The body of <c>menu/create</c>, as pasted into the admin console's API tools or sent by the bot.</summary>
    public static JsonObject Body() => new()
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
    public static string Json() => Body().ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>With <c>WeCom:SetMenu</c> true, sets the app's menu once at start (<c>menu/create</c>); a failure is logged, never fatal.</summary>
public sealed class WeComMenuSetter(WeComApiClient api, IOptions<WeComOptions> options, ILogger<WeComMenuSetter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SetMenu) return;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await api.CreateMenuAsync(WeComMenu.Body(), stoppingToken);
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
