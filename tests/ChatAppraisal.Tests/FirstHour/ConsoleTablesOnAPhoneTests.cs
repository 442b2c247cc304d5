using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Tests.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// Issue 29.7: at 360 px every table of every console page fits its box (nothing scrolls sideways, not even inside a
/// frame), and each row shows its name and its score first, on one line, with the rest folded under them; on a desk the
/// tables stay tables with their headings.
/// </summary>
public sealed class ConsoleTablesOnAPhoneTests
{
    /// <summary>What a folded table must do on a phone; the village's result page (Publication/ResultPageTests) is measured by it too.</summary>
    internal const string Measure = """
        () => {
          const problems = [], seen = [];
          const visible = e => e && e.getClientRects().length > 0 && e.getBoundingClientRect().width > 0;
          for (const t of document.querySelectorAll('table')) {
            if (!visible(t)) continue;
            seen.push(t.id);
            const box = t.parentElement.clientWidth;
            if (t.scrollWidth > box + 1) problems.push(`#${t.id} is ${t.scrollWidth} px wide in a ${box} px box`);
            if (t.getBoundingClientRect().right > innerWidth + 1) problems.push(`#${t.id} ends at ${Math.round(t.getBoundingClientRect().right)} px`);
            for (const row of [...t.tBodies].flatMap(b => [...b.rows])) {
              const key = row.querySelector('.key'), score = row.querySelector('.score');
              if (!visible(key)) continue;
              const k = key.getBoundingClientRect(), name = key.textContent.trim().slice(0, 20);
              const first = [k];
              if (k.right > innerWidth + 1) problems.push(`#${t.id} "${name}": the name ends at ${Math.round(k.right)} px`);
              if (visible(score)) {
                const s = score.getBoundingClientRect();
                if (s.right > innerWidth + 1) problems.push(`#${t.id} "${name}": the score ends at ${Math.round(s.right)} px`);
                if (Math.abs(s.top - k.top) > 4) problems.push(`#${t.id} "${name}": the score is not on the name's line`);
                first.push(s);
              }
              const under = Math.min(...first.map(r => r.bottom)) - 1;
              for (const c of row.cells) {
                if (c === key || c === score || c.classList.contains('lead') || !visible(c)) continue;
                if (c.getBoundingClientRect().top < under) problems.push(`#${t.id} "${name}": "${c.textContent.trim().slice(0, 20)}" comes before the name and the score`);
              }
            }
          }
          return { problems, seen };
        }
        """;

    [Fact]
    public async Task EveryTableFitsAPhoneWithTheNameAndTheScoreFirstAndStaysATableOnADesk()
    {
        await using var app = await ConsoleApp.Start();
        var (code, village) = Console.ConsoleLayoutTests.AnAppraisalUnderWay(app);
        var next = app.Services.GetRequiredService<PeriodSetup>().Create(ConsoleApp.Setup, "2018年度", null).Period!;

        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        string[] paths =
        [
            "/console", "/console/progress", "/console/villages", $"/console/villages/{village.Id}", "/console/members",
            "/console/rubric", "/console/periods", "/console/audit", "/console/export", "/console/backups",
        ];
        var seen = new HashSet<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(app.BaseUrl + path);
            seen.UnionWith(await Check(page, path));
        }
        // 导入方案's preview: the plan's lines beside the rubric read from them.
        await page.GotoAsync(app.BaseUrl + $"/console/rubric?periodId={next.Id}");
        await page.GetByLabel("方案文字").FillAsync("某某镇2018年度村级综合考核办法\n一、党建工作（40分）\n1. 三会一课（10分）每月一次，每缺一次扣1分。\n2. 党员管理（30分）\n二、经济发展（60分）\n1. 集体经济（60分）");
        await page.GetByRole(AriaRole.Button, new() { Name = "读取方案" }).ClickAsync();
        seen.UnionWith(await Check(page, "导入方案"));

        Assert.Superset(new HashSet<string>
        {
            "ranking", "progress-villages", "progress-examiners", "progress-leaders", "schedule", "sheet", "ballot-tally",
            "rubric", "audit", "backups", "proposal-lines", "proposal-rubric",
        }, seen);

        await page.SetViewportSizeAsync(1366, 900);
        foreach (var path in new[] { "/console", $"/console/villages/{village.Id}", "/console/audit" })
        {
            await page.GotoAsync(app.BaseUrl + path);
            var tables = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table.grid')].map(t => getComputedStyle(t).display + ' ' + t.tHead.getBoundingClientRect().height)");
            Assert.All(tables, t => Assert.Matches(@"^table [1-9]\d", t));
        }
    }

    static async Task<IEnumerable<string>> Check(IPage page, string where)
    {
        await page.SetViewportSizeAsync(360, 740);
        var result = await page.EvaluateAsync<Measured>(Measure);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot($"tables-{where.Trim('/').Replace('/', '-')}-360.png"), FullPage = true });
        Assert.True(result.Problems.Length == 0, $"{where} at 360 px: " + string.Join("; ", result.Problems));
        return result.Seen;
    }

    internal sealed class Measured
    {
        public string[] Problems { get; set; } = [];
        public string[] Seen { get; set; } = [];
    }
}
