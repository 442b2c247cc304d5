using ChatAppraisal.Evidence;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// Fetches the photo a member sent (an <c>image</c> callback's MediaId) with <c>media/get</c>, before the engine sees it:
/// nothing may await inside the update's transaction. Bounded in time, because WeCom retries a callback it has not had
/// an answer to within 5 seconds, and in size, as every attachment is (<see cref="EvidenceOptions.MaxFileBytes"/>).
/// </summary>
public sealed class WeComFiles(WeComApiClient api, ILogger<WeComFiles> logger)
{
    public const long MaxBytes = EvidenceOptions.MaxFileBytes;

    /// <summary>Leaves WeCom's 5 seconds room for the engine's answer.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The photo, ready for <see cref="ChatUpdate.File"/>; a refusal when too large; null when it could not be fetched (logged).</summary>
    public async Task<(ChatFile? File, long? RefusedSize)?> FetchPhotoAsync(WeComCallbackMessage message, CancellationToken cancellationToken)
    {
        if (message is not { MsgType: "image", MediaId: { Length: > 0 } mediaId }) return null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(FetchTimeout);
        try
        {
            var (content, fileName, contentType) = await api.DownloadMediaAsync(mediaId, deadline.Token);
            if (content.LongLength > MaxBytes) return (null, content.LongLength);
            return (new ChatFile(string.IsNullOrWhiteSpace(fileName) ? "" : Path.GetFileName(fileName), contentType ?? "image/jpeg", content, IsPhoto: true), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "WeCom: could not fetch the photo {MediaId} of {User}", mediaId, message.FromUserName);
            return null;
        }
    }
}
