using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>What the examiners need to know about the bot process they talk to.</summary>
public interface IBotLife
{
    /// <summary>Counts the bot processes that came up (started polling); a new value means a restart happened.</summary>
    int Generation { get; }

    /// <summary>True while a bot process is up and polling.</summary>
    bool Up { get; }

    /// <summary>Set when the kills are over: finish what is open, send one last update, stop.</summary>
    bool Finishing { get; }
}

/// <summary>
/// An examiner scoring their own village, category after category, like a careful person: one answer at a time, each
/// only after the bot's reply to the last one. When a reply never comes because the bot was killed, they look where
/// they are (a message the bot cannot take, <c>修改第N项</c> with a number of their own, whose echo tells its answer
/// apart from any late one) and go on from the prompt they are shown, answering again only what the bot did not keep.
/// </summary>
public sealed class SimulatedExaminer(BotApiDouble api, FakeUser user, string village, Rubric rubric, IBotLife bot)
{
    /// <summary>After a restart, how long a missing reply may still be on its way through the new process's outbox.</summary>
    static readonly TimeSpan Settle = TimeSpan.FromSeconds(4);

    readonly List<int> _sent = [];
    int _pokes;

    public FakeUser User => user;
    public string Village => village;
    public IReadOnlyList<int> SentUpdates => _sent;
    public int Pokes => _pokes;
    public int Answers { get; private set; }

    /// <summary>The prompt shown in answer to the last update, sent after the last restart.</summary>
    public ScorePrompt? FinalPrompt { get; private set; }

    /// <summary>The value this examiner gives an item: the maximum or half of it, never the same as the item before.</summary>
    public static decimal ValueFor(Rubric rubric, int category, int item)
    {
        decimal Candidate(int i) => rubric.Categories[category].Items[i].Max * (i % 2 == 0 ? 1m : 0.5m);
        var value = Points.Round2(Candidate(item));
        return item > 0 && value == ValueFor(rubric, category, item - 1) ? 0 : value;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var prompt = await ExchangeAsync("/score " + village, m => ScorePrompt.Read(m, rubric) is not null, cancellationToken);
        while (!bot.Finishing && prompt is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            prompt = prompt.Kind switch
            {
                PromptKind.Item => await AnswerAsync(prompt, cancellationToken),
                PromptKind.Review => await ExchangeAsync("确认", m => ScorePrompt.ConfirmedCategory(m, rubric) == prompt.Category, cancellationToken),
                _ => await ChooseCategoryAsync(prompt, cancellationToken),
            };
        }
        FinalPrompt = await LookWhereIAmAsync(cancellationToken);
    }

    Task<ScorePrompt?> AnswerAsync(ScorePrompt prompt, CancellationToken cancellationToken)
    {
        var value = ValueFor(rubric, prompt.Category, prompt.Item);
        var saved = $"✓ {rubric.Categories[prompt.Category].Items[prompt.Item].Name}：{Points.Format(value)} 分";
        Answers++;
        return ExchangeAsync(Points.Format(value), m => m.Text!.StartsWith(saved + "\n", StringComparison.Ordinal)
                                                      && ScorePrompt.SavedAnswer(m, rubric) is { } a && a.Category == prompt.Category, cancellationToken);
    }

    /// <summary>Presses the first category not yet finished (✓); null when every one is.</summary>
    async Task<ScorePrompt?> ChooseCategoryAsync(ScorePrompt prompt, CancellationToken cancellationToken)
    {
        var next = prompt.Message!.AllButtons.Select((b, i) => (b, i)).FirstOrDefault(x => x.i < rubric.Categories.Count && !x.b.Label.StartsWith("✓ "));
        if (next.b.Label is null) return null;
        return await ExchangeAsync(() => api.PressButtonWithData(user, user.Id, prompt.Message.MessageId, next.b.Data),
            m => ScorePrompt.Read(m, rubric) is not null, cancellationToken);
    }

    Task<ScorePrompt?> ExchangeAsync(string text, Func<BotMessage, bool> isReply, CancellationToken cancellationToken) =>
        ExchangeAsync(() => api.SendText(user, text), isReply, cancellationToken);

    /// <summary>
    /// Sends one update and returns the prompt of its reply. If the reply does not come because the bot was killed,
    /// finds out where things stand instead (<see cref="LookWhereIAmAsync"/>).
    /// </summary>
    async Task<ScorePrompt?> ExchangeAsync(Func<int> send, Func<BotMessage, bool> isReply, CancellationToken cancellationToken)
    {
        var mark = api.MessagesIn(user.Id).Count;
        var generation = bot.Generation;
        var id = send();
        lock (_sent) _sent.Add(id);
        var waiting = new Waiting(generation, id);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reply = api.MessagesIn(user.Id).Skip(mark).FirstOrDefault(isReply);
            if (reply is not null) return ScorePrompt.Read(reply, rubric);
            if (waiting.GaveUp(bot, api)) return await LookWhereIAmAsync(cancellationToken);
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>
    /// Sends text the bot cannot take at any /score prompt (<c>修改第N项</c>, N beyond any category) and returns the prompt
    /// that follows its echo; the echo names N, so only this update's answer is read, never a late one.
    /// </summary>
    async Task<ScorePrompt?> LookWhereIAmAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var number = 100 + Interlocked.Increment(ref _pokes);
            if (number > 999) throw new InvalidOperationException($"{user.FirstName} had to look where they are {_pokes} times.");
            var echoes = new[] { $"修改第{number}项", $"没有第 {number} 项" };
            var mark = api.MessagesIn(user.Id).Count;
            var waiting = new Waiting(bot.Generation, api.SendText(user, $"修改第{number}项"));
            lock (_sent) _sent.Add(waiting.UpdateId);
            while (!waiting.GaveUp(bot, api))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var messages = api.MessagesIn(user.Id);
                var echo = messages.Skip(mark).Select((m, i) => (m, i: i + mark)).FirstOrDefault(x => echoes.Any(e => x.m.Text!.Contains(e)));
                if (echo.m is not null)
                {
                    // The prompt asked again right after the echo; if the bot was killed in between, look again.
                    if (messages.Skip(echo.i + 1).Select(m => ScorePrompt.Read(m, rubric)).FirstOrDefault(p => p is not null) is { } prompt) return prompt;
                }
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Waiting for the answer to one update. It is given up only when a bot process that came up after the update was
    /// sent has taken it (its offset is past it) and the answer has still not come a while later: the process that
    /// handled it was killed before sending, or it was handled before the kill and its replay was recognised.
    /// </summary>
    sealed class Waiting(int generation, int updateId)
    {
        DateTime? _takenAt;

        public int UpdateId => updateId;

        public bool GaveUp(IBotLife bot, BotApiDouble api)
        {
            if (bot.Generation == generation || !bot.Up) return false;
            if (api.ConfirmedOffset is not { } offset || offset <= updateId) return false;
            _takenAt ??= DateTime.UtcNow;
            return DateTime.UtcNow - _takenAt > Settle;
        }
    }
}
