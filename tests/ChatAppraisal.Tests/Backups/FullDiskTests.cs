using System.Diagnostics;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.EndToEnd;

namespace ChatAppraisal.Tests.Backups;

/// <summary>
/// The real bot (Telegram channel, its double) with its database on a small tmpfs of its own (root mounts it, as the CI
/// does): the disk is filled, an examiner answers, the office reads, the disk is freed, the examiner answers again.
/// </summary>
[Collection(nameof(ChatAppraisal.Tests.CrashSafety.CrashSafetyCollection))] // alone: it failed twice in ~8 runs beside the load tests (a 20 s wait)
public sealed class FullDiskTests : EndToEndTest, IDisposable
{
    static readonly string[] Answers = ["50", "40", "10"];

    public FullDiskTests()
    {
        Directory.CreateDirectory(Folder);
        Run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", Folder);
    }

    [Fact]
    public async Task AFullDiskRefusesAnswersPlainlyKeepsReadingTellsTheAdminsOnceAndRecoversByItself()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await JoinAsync(Qian, Role.Admin, Role.Office);
        await SayAsync(Zheng, "/score 新庄");
        Assert.Contains("社会保险 1/3", (await SayAsync(Zheng, "社保")).Text);
        Assert.StartsWith("✓", (await ExchangeAsync(Zheng, Answers[0]))[0].Text);
        await Api.WaitUntilAsync(() => Service<ChatAppraisal.Channels.Outbox.Outbox>().Unsent == 0, "the outbox to be idle");
        var scores = Store.Scores.Items.Count();
        var audit = Store.Audit.Entries.Count();

        var filler = Fill();
        var refused = await SayAsync(Zheng, Answers[1]);
        Assert.Equal("⚠ 刚才发送的内容没有保存。请稍后再发一次。", refused.Text);
        var told = await Api.WaitForMessageAsync(Qian.Id, m => m.Text?.Contains("磁盘已满") == true);
        Assert.Contains("排名、进度等查看不受影响", told.Text);
        Assert.Equal("⚠ 刚才发送的内容没有保存。请稍后再发一次。", (await SayAsync(Zheng, Answers[1])).Text);

        // Reading goes on: the ranking is drawn and sent although nothing can be written down.
        var ranking = await SayAsync(Qian, "/ranking text");
        Assert.Contains("新庄村", ranking.Text);
        Assert.Equal((scores, audit), (Store.Scores.Items.Count(), Store.Audit.Entries.Count()));
        Assert.Single(Api.MessagesIn(Qian.Id), m => m.Text?.Contains("磁盘已满") == true);

        File.Delete(filler);
        var saved = (await ExchangeAsync(Zheng, Answers[1]))[0];
        Assert.StartsWith("✓", saved.Text);
        await Api.WaitForMessageAsync(Qian.Id, m => m.Text?.Contains("磁盘空间已恢复") == true);
        Assert.StartsWith("✓", (await ExchangeAsync(Zheng, Answers[2]))[0].Text);

        // Every acknowledged answer is stored, once, each with its audit entry; nothing of the refused ones.
        Assert.Equal([50m, 40m, 10m], Scores("新庄村").Where(s => s.Category == 7).Select(s => s.Value));
        Assert.Equal(3, Audit("新庄村").Count(a => a.Action == "score.set"));
    }

    /// <summary>Fills the rest of the disk; returns the file to delete to free it.</summary>
    string Fill()
    {
        var path = Path.Combine(Folder, "filler");
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true) stream.Write(block);
        }
        catch (IOException)
        {
            // Full. Smaller writes take the last few blocks, so that no page of the database fits.
        }
        try
        {
            while (true) stream.Write(block, 0, 512);
        }
        catch (IOException)
        {
        }
        return path;
    }

    public void Dispose()
    {
        Run("umount", "-l", Folder);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Runs a mount command (root only), failing the test with what it needs.</summary>
    internal static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({error.Trim()}): this test needs root to mount a small tmpfs, as the CI has.");
    }
}
