using ChatAppraisal.Reports;

namespace ChatAppraisal.Tests.Reports;

public class MessageSplitterTests
{
    [Fact]
    public void ShortTextIsOneMessage() => Assert.Equal(["新庄村 117/117"], MessageSplitter.Split("新庄村 117/117"));

    [Fact]
    public void LongTextIsSplitAtLineBoundariesAndRejoinsExactly()
    {
        var text = string.Join("\n", Enumerable.Range(1, 1000).Select(i => $"第{i}行 村{i:000} 117/117 已密封"));

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.TelegramLimit));
        Assert.Equal(text, string.Join("\n", parts));
        // Each part is as full as it can be: the next line would not have fitted.
        for (var i = 0; i < parts.Count - 1; i++)
            Assert.True(parts[i].Length + 1 + parts[i + 1].Split('\n')[0].Length > MessageSplitter.TelegramLimit);
    }

    [Fact]
    public void OverLongLineIsCutAfterItsLastSeparatorWithinTheLimit()
    {
        var line = "王明：" + string.Join("、", Enumerable.Range(1, 20).Select(i => $"村{i:00}"));
        var text = "标题\n" + line + "\n结尾";

        var parts = MessageSplitter.Split(text, limit: 40);

        Assert.All(parts, p => Assert.True(p.Length <= 40));
        Assert.Equal("标题", parts[0]);
        Assert.All(parts.Skip(1).SkipLast(1), p => Assert.EndsWith("、", p));
        Assert.Equal(line, string.Concat(parts.Skip(1)).Replace("\n结尾", ""));
        Assert.EndsWith("\n结尾", parts[^1]);
    }

    [Fact]
    public void OverLongLineWithoutSeparatorsIsHardSplitAtTheLimit()
    {
        var line = new string('村', 10_000);

        var parts = MessageSplitter.Split(line);

        Assert.Equal([4096, 4096, 1808], parts.Select(p => p.Length));
        Assert.Equal(line, string.Concat(parts));
    }

    [Fact]
    public void HardSplitNeverCutsAnEmojiInTwo()
    {
        var line = new string('a', 40) + "😀" + new string('b', 10);

        var parts = MessageSplitter.Split(line, limit: 41);

        Assert.Equal(new string('a', 40), parts[0]);
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(line, string.Concat(parts));
    }

    [Fact]
    public void BlankLinesAtABoundaryDoNotBecomeEmptyMessages()
    {
        var text = new string('a', 10) + "\n\n" + new string('b', 10);

        Assert.Equal([new string('a', 10), new string('b', 10)], MessageSplitter.Split(text, limit: 10));
    }

    [Fact]
    public void RepliesCarryOnePartEach() =>
        Assert.Equal(3, MessageSplitter.Replies(new string('x', 9000)).Count);
}
