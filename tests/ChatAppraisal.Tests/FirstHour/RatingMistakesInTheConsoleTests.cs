using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>A leader's rating with two mistakes, typed in the console chat process: both are named, nothing is saved (issue 29.13).</summary>
public sealed class RatingMistakesInTheConsoleTests
{
    [Fact]
    public async Task AWrongCountAndAValueAboveEveryCapAreBothNamed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "data", "appraisal.db");
        Directory.CreateDirectory(folder);
        try
        {
            // 14 numbers, the first 25 (every cap is at most 20); then 14 numbers, the first below zero.
            var input = string.Join("\n", "新庄 25 9 5 9 5 14 9 5 5 5 4 1 1 2", "新庄 -3 9 5 9 5 14 9 5 5 5 4 1 1 2", "");
            var (exitCode, output, errors) = await ConsoleChatTests.RunBot(folder, database, input);

            Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{errors}");
            Assert.Contains("没有保存，请改正后重新发送：\n• 写了 14 个分数，需要 15 个，按下面的顺序。\n• 25 比每一类的最高分都高（最高 20 分）。", output);
            Assert.Contains("• 写了 14 个分数，需要 15 个，按下面的顺序。\n• 分数不能是负数（-3）。", output);

            using var store = new AppraisalStore(database);
            Assert.Empty(store.Scores.Ratings.FindAll());
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
