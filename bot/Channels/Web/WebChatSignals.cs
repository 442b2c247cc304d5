using System.Collections.Concurrent;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// Wakes the open pages of an account when its transcript has changed (after the change committed). Bot processes sharing a
/// database tell each other too (<c>NOTIFY webchat</c>, sent with the transaction): a page open on one process hears the
/// replies another one wrote.
/// </summary>
public sealed class WebChatSignals : IDisposable
{
    const string Topic = "webchat";

    readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();
    readonly AppraisalStore? _store;
    readonly IDisposable? _listening;

    public WebChatSignals(AppraisalStore store)
    {
        if (!store.Shared) return;
        _store = store;
        _listening = store.Engine.Listen(Topic, chatId =>
        {
            if (chatId is null) ChangedEverywhere();
            else Changed(chatId);
        });
    }

    /// <summary>Completes at the next change of the chat's transcript. Take it before reading, so no change falls between.</summary>
    public Task Next(string chatId) =>
        _waiting.GetOrAdd(chatId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>
    /// Inside the transaction that changes the chat's transcript: its pages here are woken once it commits, and on a shared
    /// database the other processes' pages too (the notification goes out with the commit, never on a rollback).
    /// </summary>
    public void Announce(AppraisalStore store, string chatId)
    {
        if (_store is not null) _store.Engine.Notify(Topic, chatId);
        store.AfterCommit(() => Changed(chatId));
    }

    public void Changed(string chatId)
    {
        if (_waiting.TryRemove(chatId, out var waiting)) waiting.TrySetResult();
    }

    /// <summary>Notifications may have been missed (the listening connection was made again): every open page reads again.</summary>
    void ChangedEverywhere()
    {
        foreach (var chatId in _waiting.Keys) Changed(chatId);
    }

    public void Dispose() => _listening?.Dispose();
}
