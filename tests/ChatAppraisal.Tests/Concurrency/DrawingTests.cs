using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Concurrency;

/// <summary>
/// /ranking and /sheet draw before the update's transaction: while the office's chart is being drawn, examiners' answers
/// go through. Shown with a renderer that holds the drawing until the test lets it go, not with timings.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class DrawingTests : IDisposable
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    readonly HeldRenderer _renderer = new();
    readonly ChatHarness _chat;

    public DrawingTests() => _chat = new ChatHarness(configure: s => s.AddSingleton<IChartRenderer>(_renderer));

    public void Dispose()
    {
        _renderer.Release();
        _chat.Dispose();
    }

    [Theory]
    [InlineData("/ranking")]
    [InlineData("/sheet 新庄村")]
    public async Task AnExaminersAnswerIsSavedWhileTheOfficesChartIsBeingDrawn(string command)
    {
        var office = _chat.Member("刘主任", Role.Office);
        var examiner = await _chat.AtCategory(8); // 社会保险: 50, 40, 10

        var drawing = Task.Run(() => _chat.Send(office, command));
        Assert.True(await _renderer.Entered.WaitAsync(Limit), "the chart was never drawn");

        // Were the drawing inside the transaction, this answer would wait for it and the wait would time out.
        var answer = await _chat.Send(examiner, "45").WaitAsync(Limit);
        Assert.Contains("✓", answer.Text());
        Assert.Equal(45m, _chat.Score(7, 0)); // category index 7
        Assert.False(drawing.IsCompleted);

        _renderer.Release();
        var replies = await drawing.WaitAsync(Limit);
        Assert.Equal(HeldRenderer.Png, Assert.IsType<ImageReply>(replies.First(r => r is ImageReply)).Png);
        Assert.Equal(1, _renderer.Calls);
    }

    [Fact]
    public async Task AMemberWithoutTheOfficeRoleGetsNoChartDrawn()
    {
        var examiner = _chat.Examiner();
        _renderer.Release();

        var replies = await _chat.Send(examiner, "/ranking");

        Assert.DoesNotContain(replies, r => r is ImageReply);
        Assert.Contains("/ranking", replies.Text());
        Assert.Equal(0, _renderer.Calls);
    }

    [Fact]
    public async Task AChartThatFailsBeforeTheTransactionIsTriedInsideItAndAnsweredThere()
    {
        var office = _chat.Member("刘主任", Role.Office);
        _renderer.FailFirst = true;
        _renderer.Release();

        var replies = await _chat.Send(office, "/ranking");

        Assert.Equal(HeldRenderer.Png, Assert.IsType<ImageReply>(Assert.Single(replies)).Png);
        Assert.Equal(2, _renderer.Calls);
        Assert.Contains(_chat.Logs.Entries, e => e.Message.Contains("/ranking could not be prepared before its transaction"));
    }

    /// <summary>Draws a fixed picture once the test releases it; counts its calls.</summary>
    sealed class HeldRenderer : IChartRenderer
    {
        public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        readonly ManualResetEventSlim _released = new();
        int _calls;

        public SemaphoreSlim Entered { get; } = new(0);
        public bool FailFirst { get; set; }
        public int Calls => Volatile.Read(ref _calls);

        public void Release() => _released.Set();

        public byte[] Ranking(Standings standings, string? language = null) => Draw();

        public byte[] Sheet(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, string? language = null) => Draw();

        byte[] Draw()
        {
            var call = Interlocked.Increment(ref _calls);
            Entered.Release();
            if (!_released.Wait(Limit)) throw new TimeoutException("never released");
            if (FailFirst && call == 1) throw new InvalidOperationException("the first drawing fails");
            return Png;
        }
    }
}
