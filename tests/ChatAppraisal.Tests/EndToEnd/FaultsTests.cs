using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>Four examiners score at once while Telegram refuses a fifth of the bot's sends with 429 or 500.</summary>
public sealed class FaultsTests : EndToEndTest
{
    [Fact]
    public async Task WithFloodControlAndServerErrorsOnAFifthOfSendsEveryReplyArrivesInOrderAndNoChatWaitsForAnother()
    {
        (FakeUser User, string Category)[] examiners = [(Zheng, "农业"), (Qian, "安全"), (Sun, "民政"), (Zhou, "财务")];
        foreach (var (user, _) in examiners) await JoinAsync(user, Role.Examiner);
        var sends = 0;
        Api.Faults = r =>
        {
            if (!r.IsSend) return null;
            var n = Interlocked.Increment(ref sends);
            if (n % 5 != 0) return null;
            return n % 10 == 5 ? BotApiFault.TooManyRequests(1) : BotApiFault.ServerError();
        };

        var sessions = examiners.Select(e => ScoreCategoryAsync(e.User, e.Category)).ToList();
        var expected = await Task.WhenAll(sessions);

        for (var i = 0; i < examiners.Length; i++)
        {
            var user = examiners[i].User;
            // Exactly the expected messages, in the order of the answers: nothing lost, repeated or reordered.
            var texts = Api.MessagesIn(user.Id).Skip(1).Select(m => m.Text!).ToList();
            Assert.Equal(expected[i].Count, texts.Count);
            for (var j = 0; j < texts.Count; j++) Assert.StartsWith(expected[i][j], texts[j]);
        }
        var category = examiners.Select(e => Period.Rubric.Categories.Single(c => c.Alias == e.Category)).ToList();
        Assert.Equal(category.Sum(c => c.Items.Count), Scores("新庄村").Count);

        var requests = Api.Requests;
        var floods = requests.Where(r => r.Status == 429).ToList();
        Assert.NotEmpty(floods);
        Assert.Contains(requests, r => r.Status == 500);
        foreach (var flood in floods)
        {
            // The flooded chat waits its retry_after...
            var next = requests.First(r => r.Sequence > flood.Sequence && r.IsSend && r.ChatId == flood.ChatId);
            Assert.True(next.At - flood.At >= TimeSpan.FromMilliseconds(950), $"{next} came {next.At - flood.At} after {flood}");
        }
        // ...while the other chats go on: during some chat's wait, another chat's message went out.
        Assert.Contains(floods, flood => requests.Any(r => r.IsSend && r.Succeeded && r.ChatId != flood.ChatId
                                                           && r.At > flood.At && r.At < flood.At.AddSeconds(1)));
    }

    /// <summary>/score, the category by its alias, one typed answer per item (waiting for each reply), then 确认.</summary>
    async Task<List<string>> ScoreCategoryAsync(FakeUser user, string alias)
    {
        var category = Period.Rubric.Categories.Single(c => c.Alias == alias);
        var expected = new List<string>();
        expected.Add((await SayAsync(user, "/score 新庄村")).Text![..4]);
        var prompt = await SayAsync(user, alias);
        Assert.StartsWith($"{category.Name} 1/{category.Items.Count} · ", prompt.Text);
        expected.Add(prompt.Text![..10]);
        for (var i = 0; i < category.Items.Count; i++)
        {
            var item = category.Items[i];
            var value = item.Max - i % 2; // neighbours differ, so an answer applied twice would show
            var saved = await SayAsync(user, Points.Format(value));
            var line = $"✓ {item.Name}：{Points.Format(value)} 分";
            Assert.StartsWith(line, saved.Text);
            expected.Add(line);
        }
        var done = await SayAsync(user, "确认");
        Assert.StartsWith($"✓ 已确认：{category.Name}", done.Text);
        expected.Add($"✓ 已确认：{category.Name}");
        return expected;
    }
}
