using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>The <c>WeCom</c> settings of a self-built app (自建应用) in callback mode. Outside tools set these names: keep them.</summary>
public sealed class WeComOptions
{
    public const string Section = "WeCom";
    public const string CallbackPath = "/wecom/callback";
    public const string DefaultApiBaseUrl = "https://qyapi.weixin.qq.com";

    /// <summary>The corp's id (企业ID, 我的企业 → 企业信息); set → the channel runs. Also the receive id of every callback.</summary>
    public string? CorpId { get; set; }

    /// <summary>The application's AgentId (应用管理 → the app).</summary>
    public int AgentId { get; set; }

    /// <summary>The application's Secret, for <c>gettoken</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>The callback's Token (接收消息 → 设置API接收).</summary>
    public string? Token { get; set; }

    /// <summary>The callback's EncodingAESKey: 43 characters, base64 of the 32-byte AES key without its "=".</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>WeCom's API host; 政务微信 and private deployments serve the same <c>/cgi-bin/…</c> paths on their own host.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Whether the bot sets the app's menu (<see cref="WeComMenu"/>) at start with <c>menu/create</c>; default false (paste it by hand).</summary>
    public bool SetMenu { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(CorpId);
}

/// <summary>Checks the settings at start, so a bad one stops start-up with a sentence that names it.</summary>
public sealed partial class WeComOptionsValidator : IValidateOptions<WeComOptions>
{
    // WeCom's own rule for the callback Token: English letters and digits, at most 32.
    [GeneratedRegex("^[A-Za-z0-9]{1,32}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9]{43}$")]
    private static partial Regex AesKeyPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CorpIdPattern();

    public ValidateOptionsResult Validate(string? name, WeComOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Skip;
        var errors = new List<string>();
        if (!CorpIdPattern().IsMatch(options.CorpId!.Trim()))
            errors.Add($"WeCom:CorpId must be the corp's id (企业ID, e.g. ww1436e0e65a779aee, letters and digits), not '{options.CorpId}'.");
        if (options.AgentId <= 0)
            errors.Add("WeCom:AgentId is required: the application's AgentId, a positive number shown on the app's page (应用管理 → the app).");
        if (string.IsNullOrWhiteSpace(options.Secret))
            errors.Add("WeCom:Secret is required: the application's Secret, shown on the app's page (应用管理 → the app → Secret → 查看).");
        if (string.IsNullOrWhiteSpace(options.Token))
            errors.Add("WeCom:Token is required: the Token set in the app's 接收消息 → 设置API接收.");
        else if (!TokenPattern().IsMatch(options.Token))
            errors.Add("WeCom:Token may hold only 1–32 English letters and digits (WeCom's rule for the callback Token).");
        if (AesKeyProblem(options.EncodingAesKey) is { } problem) errors.Add(problem);
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add($"WeCom:ApiBaseUrl must be an http or https address such as https://qyapi.weixin.qq.com (or 政务微信's own host), not '{options.ApiBaseUrl}'.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Why the key cannot be the EncodingAESKey, or null when it can.</summary>
    public static string? AesKeyProblem(string? key)
    {
        if (string.IsNullOrEmpty(key))
            return "WeCom:EncodingAesKey is required: the 43-character EncodingAESKey set in the app's 接收消息 → 设置API接收 (随机获取).";
        if (key.Length != 43)
            return $"WeCom:EncodingAesKey must be exactly 43 characters (it has {key.Length}): copy the whole EncodingAESKey from 设置API接收.";
        if (!AesKeyPattern().IsMatch(key) || WeComCrypto.TryDecodeKey(key) is null)
            return "WeCom:EncodingAesKey does not decode to a 32-byte AES key: it must be 43 letters and digits, as 设置API接收 gives it (随机获取).";
        return null;
    }
}
