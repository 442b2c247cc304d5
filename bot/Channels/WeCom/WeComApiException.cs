using System.Net;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>An answer of WeCom's API with a non-zero <c>errcode</c>.</summary>
public sealed class WeComApiException(int errorCode, string errorMessage, string call)
    : Exception($"WeCom {call} answered errcode {errorCode}: {errorMessage}")
{
    public int ErrorCode { get; } = errorCode;
    public string ErrorMessage { get; } = errorMessage;
    public string Call { get; } = call;
}

/// <summary>What WeCom's errors mean for the outbox, and what an official must fix for the ones that never pass by themselves.</summary>
public static class WeComErrors
{
    public const int SystemBusy = -1, BadSecret = 40001, InvalidToken = 40014, ExpiredToken = 42001,
        CallLimit = 45009, TooManyConcurrent = 45033, UntrustedIp = 60020, InvalidUser = 81013;

    /// <summary>How long to wait after 45009 (a frequency limit WeCom counts per minute).</summary>
    public static readonly TimeSpan CallLimitWait = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait after 45033 (too many calls at once).</summary>
    public static readonly TimeSpan ConcurrencyWait = TimeSpan.FromSeconds(2);

    public static SendFailure Classify(Exception error) => error switch
    {
        WeComApiException { ErrorCode: CallLimit } => new SendFailure.Flood(CallLimitWait),
        WeComApiException { ErrorCode: TooManyConcurrent } => new SendFailure.Flood(ConcurrencyWait),
        // -1 is "system busy"; an expired token that stayed expired after the one refresh is tried later.
        WeComApiException { ErrorCode: SystemBusy or InvalidToken or ExpiredToken } => SendFailure.Retry,
        WeComApiException => SendFailure.GiveUp,
        HttpRequestException { StatusCode: { } status } when (int)status < 500 && status != HttpStatusCode.RequestTimeout && status != HttpStatusCode.TooManyRequests
            => SendFailure.GiveUp,
        HttpRequestException or TimeoutException or TaskCanceledException or IOException or System.Text.Json.JsonException => SendFailure.Retry,
        _ => SendFailure.GiveUp,
    };

    /// <summary>For the errors an official must fix in the admin console: what to do, in a sentence for the log.</summary>
    public static string? WhatToFix(int errorCode) => errorCode switch
    {
        UntrustedIp => "WeCom refuses calls from this server's IP (errcode 60020): add this server's public IP to the app's 企业可信IP (应用管理 → the app → 企业可信IP).",
        BadSecret => "WeCom refuses WeCom:Secret (errcode 40001): copy the application's Secret again from 应用管理 → the app → Secret (查看), and check WeCom:CorpId.",
        _ => null,
    };
}
