using System.Diagnostics;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 6: how long a person waits for the next prompt. The real bot (the real Program and engine) with Telegram's
/// real pacing (<c>new TelegramTuning()</c>: a burst of 3 in a chat, then one a second; 30 a second overall; only the
/// long poll is shorter) against a Bot API double. One examiner joins with <c>/start CODE</c>, opens <c>/score</c> on a
/// village and 党建工作, then, with a person's pause of 1.5 s after each prompt, alternately presses 满分 under the item
/// prompt and types the item's maximum. For each action: the time from the update being queued in the double to the next
/// prompt reaching it (the pressed message edited into a prompt with buttons, or a new message with buttons). Beside it,
/// on a second double, the echo bot (<see cref="EchoBot"/>): the time from a typed text to its echo, with the same pause,
/// half-way between the examiner's actions so that both see the same load. Not a BenchmarkDotNet class: its unit is a
/// person's action, seconds apart.
/// </summary>
static class LatencyBenchmark
{
    public const double GoalMilliseconds = 150;
    static readonly TimeSpan Pause = TimeSpan.FromSeconds(1.5), Timeout = TimeSpan.FromSeconds(30);
    const int WarmUpActions = 2;
    static readonly FakeUser Examiner = new(2001, "柴守齐"), EchoPerson = new(2002, "回声");

    /// <summary>Measures <paramref name="actions"/> actions (half presses, half typed) after two not measured; returns the summary lines.</summary>
    public static IReadOnlyList<string> Run(TextWriter output, int actions) => RunAsync(output, actions).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<string>> RunAsync(TextWriter output, int actions)
    {
        var setup = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // As in TelegramBenchmarks: the bot's content root is the benchmark's own folder, where its appsettings.json is copied.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CHATAPPRAISAL_BOT", AppContext.BaseDirectory);
        var tuning = new TelegramTuning { PollTimeoutSeconds = 5 };
        await using var api = await BotApiDouble.StartAsync();
        await using var echoApi = await BotApiDouble.StartAsync();
        var bot = new TelegramBotApp(api, Path.Combine(folder, "appraisal.db"), engine: null, tuning).Start();
        try
        {
            await using var echo = new EchoBot(echoApi, tuning.PollTimeoutSeconds);
            await api.WaitUntilAsync(() => api.RequestsFor("getUpdates").Count > 0, "the bot to poll");
            var person = new Person(api, bot, Examiner);
            await person.JoinAndOpenScoreAsync();
            output.WriteLine($"LatencyBenchmark: the bot with Telegram's pacing (a burst of {tuning.PerChatBurst} per chat, then one per " +
                             $"{tuning.PerChatInterval.TotalSeconds:0.#} s; {tuning.MessagesPerSecond:0} a second overall), {Pause.TotalSeconds:0.0} s " +
                             $"between actions; set up in {setup.Elapsed.TotalSeconds:0.0} s");

            var presses = new List<double>();
            var typed = new List<double>();
            var echoes = new List<double>();
            var clock = Stopwatch.StartNew();
            for (var action = 0; action < WarmUpActions + actions; action++)
            {
                var press = action % 2 == 0;
                var (latency, promptAt) = press ? await person.PressFullMarksAsync() : await person.TypeMaximumAsync();
                // The echo's turn half-way through the examiner's pause.
                await DelayUntil(promptAt + Pause / 2);
                var echoLatency = await EchoAsync(echoApi, ExaminerDesk.Typed(action + 1));
                if (action >= WarmUpActions)
                {
                    (press ? presses : typed).Add(latency.TotalMilliseconds);
                    echoes.Add(echoLatency.TotalMilliseconds);
                }
                await DelayUntil(promptAt + Pause);
                await person.MoveOnIfCategoryDoneAsync();
            }

            output.WriteLine($"  {actions} actions measured ({WarmUpActions} before them not) in {clock.Elapsed.TotalSeconds:0} s, " +
                             $"{person.Categories} categor{(person.Categories == 1 ? "y" : "ies")}, load average {LoadAverage()}; " +
                             $"presses answered by editing the pressed message {person.PressesByEdit}, by a new message {person.PressesByNewMessage}");
            var echoP50 = Percentile(echoes, 0.50);
            var echoP95 = Percentile(echoes, 0.95);
            var summary = new List<string>();
            foreach (var (what, values) in new[] { ("press → next prompt", presses), ("typed → next prompt", typed) })
            {
                var p50 = Percentile(values, 0.50);
                var p95 = Percentile(values, 0.95);
                var line = $"{what}: p50 {p50:0.0} ms, p95 {p95:0.0} ms (max {values.Max():0.0}, n = {values.Count}); " +
                           $"÷ echo: p50 {p50 / echoP50:0.0}, p95 {p95 / echoP95:0.0}; goal p95 ≤ {GoalMilliseconds:0} ms " +
                           (p95 <= GoalMilliseconds ? "met" : "MISSED");
                output.WriteLine("  " + line);
                summary.Add("LatencyBenchmark: " + line);
            }
            var echoLine = $"echo bot, type → echo: p50 {echoP50:0.0} ms, p95 {echoP95:0.0} ms (max {echoes.Max():0.0}, n = {echoes.Count})";
            output.WriteLine("  " + echoLine);
            summary.Add("LatencyBenchmark: " + echoLine);
            return summary;
        }
        finally
        {
            await bot.DisposeAsync();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The examiner in the simulated Telegram: where they are in the rubric, and their current prompt.</summary>
    sealed class Person(BotApiDouble api, TelegramBotApp bot, FakeUser user)
    {
        const string Village = "新庄村";
        BotMessage _prompt = null!;
        int _category, _item;

        public int Categories => _category + 1;

        /// <summary>Measured-or-not presses on an item prompt answered by editing the pressed message, and by a new message.</summary>
        public int PressesByEdit { get; private set; }
        public int PressesByNewMessage { get; private set; }

        Rubrics.Rubric Rubric => bot.Services.GetRequiredService<Periods>().Active().Rubric;

        /// <summary>Joins with an invite code, then /score on the village and its first category (not measured).</summary>
        public async Task JoinAndOpenScoreAsync()
        {
            var store = bot.Services.GetRequiredService<AppraisalStore>();
            store.Write(() => store.Setup.Villages.Insert(new VillageDoc { Name = Village, CreatedAt = DateTime.UtcNow }));
            var members = bot.Services.GetRequiredService<MemberDirectory>();
            var invite = members.CreateInvite(members.Add(user.FirstName, [Role.Examiner]).Id);
            var before = api.MessagesIn(user.Id).Count;
            api.SendText(user, "/start " + invite.Code); // the code itself: only its hash is stored (Id)
            await api.WaitUntilAsync(() => api.MessagesIn(user.Id).Skip(before).Any(m => m.Text!.StartsWith("欢迎", StringComparison.Ordinal)), "the welcome", Timeout);
            await Task.Delay(Pause);
            (_, _prompt) = await TypeAsync("/score " + Village);
            await Task.Delay(Pause);
            await OpenCategoryAsync();
        }

        public Task<(TimeSpan, BotMessage)> TypeAsync(string text)
        {
            var before = api.MessagesIn(user.Id).Count;
            var at = DateTimeOffset.UtcNow;
            api.SendText(user, text);
            return NextPromptAsync(at, before, pressed: null);
        }

        public Task<(TimeSpan, BotMessage)> PressAsync(string label)
        {
            var before = api.MessagesIn(user.Id).Count;
            var edits = _prompt.Edits;
            var at = DateTimeOffset.UtcNow;
            api.PressButton(user, _prompt, label);
            return NextPromptAsync(at, before, (_prompt.MessageId, edits));
        }

        public async Task<(TimeSpan Latency, DateTimeOffset PromptAt)> PressFullMarksAsync()
        {
            var pressed = _prompt.MessageId;
            var result = await AnswerAsync(() => PressAsync("满分"));
            if (_prompt.MessageId == pressed) PressesByEdit++;
            else PressesByNewMessage++;
            return result;
        }

        public async Task<(TimeSpan Latency, DateTimeOffset PromptAt)> TypeMaximumAsync() =>
            await AnswerAsync(() => TypeAsync(ExaminerDesk.Typed(Rubric.Categories[_category].Items[_item].Max)));

        /// <summary>An answer to the current item; checks that the next prompt is the next item's (or the category's review).</summary>
        async Task<(TimeSpan, DateTimeOffset)> AnswerAsync(Func<Task<(TimeSpan, BotMessage)>> answer)
        {
            var (latency, prompt) = await answer();
            _prompt = prompt;
            _item++;
            if (_item < Rubric.Categories[_category].Items.Count) ExpectItemPrompt();
            else if (!prompt.AllButtons.Any(b => b.Label == "确认"))
                throw new InvalidOperationException($"Expected the review of category {_category + 1}, got {prompt}");
            return (latency, DateTimeOffset.UtcNow); // when the person saw the prompt
        }

        /// <summary>After a category's last item: 确认 on its review, then the next category (not measured).</summary>
        public async Task MoveOnIfCategoryDoneAsync()
        {
            if (_item < Rubric.Categories[_category].Items.Count) return;
            (_, _prompt) = await PressAsync("确认");
            await Task.Delay(Pause);
            _category++;
            await OpenCategoryAsync();
        }

        async Task OpenCategoryAsync()
        {
            var category = Rubric.Categories[_category];
            var label = _prompt.AllButtons.Select(b => b.Label).FirstOrDefault(l => l.StartsWith(category.Name + " ", StringComparison.Ordinal))
                        ?? throw new InvalidOperationException($"No button for {category.Name} under {_prompt}");
            (_, _prompt) = await PressAsync(label);
            _item = 0;
            ExpectItemPrompt();
            await Task.Delay(Pause);
        }

        void ExpectItemPrompt()
        {
            var category = Rubric.Categories[_category];
            var expected = $"{category.Name} {_item + 1}/{category.Items.Count} · ";
            if (!_prompt.Text!.Contains(expected, StringComparison.Ordinal) || !_prompt.AllButtons.Any(b => b.Label == "满分"))
                throw new InvalidOperationException($"Expected the prompt '{expected}…' with 满分, got {_prompt}");
        }

        /// <summary>
        /// Waits for the next prompt: the pressed message edited into one with buttons (a press answered by one message), or
        /// a new message with buttons. Its latency is from <paramref name="at"/> to when the double received it.
        /// </summary>
        async Task<(TimeSpan, BotMessage)> NextPromptAsync(DateTimeOffset at, int before, (int MessageId, int Edits)? pressed)
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                var messages = api.MessagesIn(user.Id);
                if (messages.Skip(before).FirstOrDefault(m => m.Buttons.Count > 0) is { } fresh)
                    return (fresh.SentAt - at, fresh.Snapshot());
                if (pressed is { } p && messages.Single(m => m.MessageId == p.MessageId) is { Buttons.Count: > 0, EditedAt: { } editedAt } edited && edited.Edits > p.Edits)
                    return (editedAt - at, edited.Snapshot());
                if (deadline.Elapsed > Timeout)
                    throw new TimeoutException($"No prompt {Timeout.TotalSeconds} s after an action; last messages:\n" + string.Join("\n", messages.TakeLast(3)));
                await Task.Delay(1);
            }
        }
    }

    static async Task<TimeSpan> EchoAsync(BotApiDouble api, string text)
    {
        var before = api.MessagesIn(EchoPerson.Id).Count;
        var at = DateTimeOffset.UtcNow;
        api.SendText(EchoPerson, text);
        var deadline = Stopwatch.StartNew();
        while (api.MessagesIn(EchoPerson.Id).Count <= before)
        {
            if (deadline.Elapsed > Timeout) throw new TimeoutException("The echo bot did not answer.");
            await Task.Delay(1);
        }
        return api.MessagesIn(EchoPerson.Id)[before].SentAt - at;
    }

    static async Task DelayUntil(DateTimeOffset when)
    {
        var left = when - DateTimeOffset.UtcNow;
        if (left > TimeSpan.Zero) await Task.Delay(left);
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
