using System.Collections.Concurrent;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>Wakes the open pages of an account when its transcript has changed (after the change committed).</summary>
public sealed class WebChatSignals
{
    readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();

    /// <summary>Completes at the next change of the chat's transcript. Take it before reading, so no change falls between.</summary>
    public Task Next(string chatId) =>
        _waiting.GetOrAdd(chatId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Changed(string chatId)
    {
        if (_waiting.TryRemove(chatId, out var waiting)) waiting.TrySetResult();
    }
}
