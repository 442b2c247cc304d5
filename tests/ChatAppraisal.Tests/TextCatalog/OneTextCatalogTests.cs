using System.Text.RegularExpressions;

namespace ChatAppraisal.Tests.TextCatalog;

/// <summary>
/// Everything a person reads is said in one place: core/Texts (the chat, reports, charts, problems) or bot/Texts (what only
/// the pages say), one implementation per language. Chinese written anywhere else is either a command's words (declared
/// beside the command), a parser's keywords, or on the short list below with its reason.
/// </summary>
public partial class OneTextCatalogTests
{
    static readonly string[] Catalog = ["core/Texts/", "bot/Texts/"];

    /// <summary>Production files that may hold Chinese literals, and why. Keep it short: a new entry needs a reason.</summary>
    static readonly Dictionary<string, string> Allowed = new()
    {
        ["core/Conversations/TypedWords.cs"] = "the words typed instead of a button or an option, read in both languages",
        ["core/Schedule/VisitText.cs"] = "the date and time parser's words (下午, 点半 …)",
        ["core/Ballots/BallotGrade.cs"] = "the four grades' names are data: printed on the slips, sent by the voting page, the API's JSON names",
        ["core/Evidence/ReportReader.cs"] = "the written reports' parts and the keywords that find them",
        ["core/Ballots/BallotPolicy.cs"] = "the default items fed by the ballot are the rubric's names",
        ["core/Storage/StorageOptions.cs"] = "the default period's name is a setting",
        ["core/Members/MemberDirectory.cs"] = "the bootstrap admin's stored name",
        ["bot/Channels/Console/LocalSetup.cs"] = "the local admin's and the sample villages' stored names",
        ["core/Export/RubricWorkbook.cs"] = "the rubric workbook is read back (Rubrics/Import/RubricSheet): its sheets', columns' and values' names are the reader's keywords",
        ["core/Export/XlsxWriter.cs"] = "the official forms' font is named 宋体",
        ["core/Evidence/EvidenceZip.cs"] = "the evidence zip's folder names match the workbook's 附件清单",
        ["core/Evidence/Attachments.cs"] = "an unnamed photo's stored file name",
        ["admin/"] = "the admin API speaks English; its Chinese are examples in its problems and the grades' JSON names",
        ["bot/Channels/WeCom/WeComOptions.cs"] = "start-up problems name WeCom's own console labels",
        ["bot/Channels/WeCom/WeComApiException.cs"] = "operator messages name WeCom's own console labels",
        ["bot/Channels/WeCom/WeComApiClient.cs"] = "operator messages name WeCom's own console labels",
        ["core/Rubrics/Import/"] = "the plan importer's keywords (ImportKeywords.zh.cs) and the readers that match them",
        ["core/Members/RoleNames.cs"] = "the roles' Chinese names as typed in /invite and read from a plan",
        ["bot/Hosting/Desktop/DesktopAdmin.cs"] = "the desktop admin's stored name",
        ["bot/Web/OddRequests.cs"] = "a malformed request's 400, said in both languages at once before anyone is known",
        ["bot/Pages/Console/_ConsoleLayout.cshtml"] = "the language switch names Chinese in Chinese (中文) in both languages",
    };

    [Fact]
    public void ChineseLiteralsLiveInTheCatalogOrBesideTheirCommand()
    {
        var offenders = ProductionFiles()
            .Where(f => !Catalog.Any(f.Path.StartsWith) && !Allowed.Keys.Any(f.Path.StartsWith))
            .SelectMany(f => ChineseLiterals(f).Select(l => $"{f.Path}: {l}"))
            .ToList();
        Assert.True(offenders.Count == 0,
            "Say these in core/Texts (or bot/Texts for the pages), in both languages:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryAllowedFileStillHoldsChinese()
    {
        var files = ProductionFiles().ToList();
        var stale = Allowed.Keys.Where(a => !files.Any(f => f.Path.StartsWith(a) && ChineseLiterals(f).Any())).ToList();
        Assert.True(stale.Count == 0, "No longer needed on the list: " + string.Join(", ", stale));
    }

    [Fact]
    public void TheGuardFindsALiteralInCodeButNotInACommentOrACommandsWords()
    {
        var file = new SourceFile("core/X.cs", """
            // 注释里的中文
            /// <summary>文档里的中文</summary>
            public IReadOnlyList<string> Words => ["评分"];
            [GeneratedRegex(@"^(?:修改第)?(\d)$")] private static partial Regex Edit();
            var s = $"{a}已保存{b}";
            """);
        Assert.Equal(["$\"{a}已保存{b}\""], ChineseLiterals(file));
        Assert.Equal(["<p>民主测评</p>"], ChineseLiterals(new SourceFile("bot/Pages/X.cshtml", "@* 注释 *@\n<p>民主测评</p>")));
    }

    sealed record SourceFile(string Path, string Text);

    static IEnumerable<SourceFile> ProductionFiles()
    {
        var root = RepositoryRoot();
        foreach (var folder in new[] { "core", "bot", "admin" })
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Contains("/bin/") || relative.Contains("/obj/") || relative.Contains("/wwwroot/")) continue;
            if (relative.EndsWith(".cs") || relative.EndsWith(".cshtml")) yield return new SourceFile(relative, File.ReadAllText(path));
        }
    }

    static bool HasChinese(string text) => ChineseChar().IsMatch(text);

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex ChineseChar();

    /// <summary>
    /// The Chinese literals of a file: in C#, string literals outside comments, command words (a <c>Words</c> declaration)
    /// and regular expressions' patterns; in Razor, any Chinese outside <c>@* *@</c> comments, line by line.
    /// </summary>
    static List<string> ChineseLiterals(SourceFile file)
    {
        if (file.Path.EndsWith(".cshtml"))
            return RazorComment().Replace(file.Text, "").Split('\n').Select(l => l.Trim()).Where(HasChinese).ToList();
        var found = new List<string>();
        foreach (var (line, literal) in Literals(file.Text))
        {
            if (!HasChinese(literal)) continue;
            if (CommandWords().IsMatch(line) || line.TrimStart().StartsWith("[GeneratedRegex(")) continue;
            found.Add(literal);
        }
        return found;
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    /// <summary>A command's words, declared beside it: <c>Words => [...]</c>.</summary>
    [GeneratedRegex(@"\bWords\s*=>")]
    private static partial Regex CommandWords();

    /// <summary>Each string literal (interpolations included) with the line it starts on; comments skipped.</summary>
    static IEnumerable<(string Line, string Literal)> Literals(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/') { i = LineEnd(s, i); continue; }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*') { var e = s.IndexOf("*/", i + 2, StringComparison.Ordinal); i = e < 0 ? s.Length : e + 2; continue; }
            if (s[i] == '\'') { i = CharEnd(s, i); continue; }
            if (StartsString(s, i))
            {
                var end = StringEnd(s, i);
                var lineStart = s.LastIndexOf('\n', i) + 1;
                yield return (s[lineStart..LineEnd(s, i)], s[i..end]);
                i = end;
                continue;
            }
            i++;
        }
    }

    static int LineEnd(string s, int i) { var e = s.IndexOf('\n', i); return e < 0 ? s.Length : e; }

    static int CharEnd(string s, int i)
    {
        var j = i + 1;
        while (j < s.Length && s[j] != '\'') j += s[j] == '\\' ? 2 : 1;
        return Math.Min(j + 1, s.Length);
    }

    static bool StartsString(string s, int i)
    {
        var j = i;
        while (j < s.Length && (s[j] == '$' || s[j] == '@')) j++;
        return j < s.Length && s[j] == '"';
    }

    /// <summary>The index just after the literal starting at <paramref name="i"/>: regular, verbatim, interpolated or raw.</summary>
    static int StringEnd(string s, int i)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (s[j] is '$' or '@')
        {
            if (s[j] == '$') dollars++;
            else verbatim = true;
            j++;
        }
        var quotes = 0;
        while (j + quotes < s.Length && s[j + quotes] == '"') quotes++;
        if (quotes >= 3)
        {
            var close = s.IndexOf(new string('"', quotes), j + quotes, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + quotes;
        }
        j++;
        while (j < s.Length)
        {
            var c = s[j];
            if (c == '\\' && !verbatim) { j += 2; continue; }
            if (c == '"')
            {
                if (verbatim && j + 1 < s.Length && s[j + 1] == '"') { j += 2; continue; }
                return j + 1;
            }
            if (dollars > 0 && c == '{')
            {
                if (j + 1 < s.Length && s[j + 1] == '{') { j += 2; continue; }
                j = HoleEnd(s, j + 1);
                continue;
            }
            j++;
        }
        return s.Length;
    }

    /// <summary>Past the interpolation hole's closing brace, skipping strings nested in it.</summary>
    static int HoleEnd(string s, int j)
    {
        var depth = 0;
        while (j < s.Length)
        {
            if (StartsString(s, j)) { j = StringEnd(s, j); continue; }
            if (s[j] == '\'') { j = CharEnd(s, j); continue; }
            if (s[j] == '{') depth++;
            else if (s[j] == '}')
            {
                if (depth == 0) return j + 1;
                depth--;
            }
            j++;
        }
        return j;
    }

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatAppraisal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ChatAppraisal.sln not found above " + AppContext.BaseDirectory);
    }
}
