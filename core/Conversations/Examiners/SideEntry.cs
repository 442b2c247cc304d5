using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Conversations.Examiners;

/// <summary>
/// A bonus, deduction or veto typed in /score once a village is chosen: <c>加分 县级表彰 2</c>, <c>扣分 安全事故 5</c>
/// (the line by number or by a part of its name, then its points; 0 clears it), <c>否决 重大安全事故 理由…</c>
/// (<c>否决 重大安全事故 撤销</c> withdraws it). <see cref="Rest"/> is what follows the word.
/// </summary>
public sealed partial record SideEntry(AdjustmentKind Kind, string Rest)
{
    [GeneratedRegex(@"^\s*(?:(加分|bonus)|(扣分|减分|deduct|deduction)|(一票否决|否决|veto))(?:\s+(.*))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Word();

    /// <summary>The words that withdraw a veto.</summary>
    [GeneratedRegex(@"^(撤销|撤回|取消|withdraw|cancel)$", RegexOptions.IgnoreCase)]
    private static partial Regex Withdraw();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(?:分|pts?|points?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    public static SideEntry? Parse(string text)
    {
        var m = Word().Match(text);
        if (!m.Success) return null;
        var kind = m.Groups[1].Success ? AdjustmentKind.Bonus : m.Groups[2].Success ? AdjustmentKind.Deduction : AdjustmentKind.Veto;
        return new SideEntry(kind, m.Groups[4].Value.Trim());
    }

    /// <summary>A side's entry: the line as typed and its points (null when no number ends it).</summary>
    public (string Line, decimal? Points, bool Malformed) LineAndPoints()
    {
        var words = Words();
        if (words.Length == 0) return ("", null, false);
        if (words.Length == 1) return (words[0], null, false);
        var last = Figure().Match(Points.Normalize(words[^1]));
        return last.Success && decimal.TryParse(last.Groups[1].Value, System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var p)
            ? (string.Join(" ", words[..^1]), p, false)
            : (string.Join(" ", words), null, true);
    }

    /// <summary>A veto's entry: the event as typed, the reason (the rest), and whether it withdraws the veto.</summary>
    public (string Event, string Reason, bool Withdraw) EventAndReason()
    {
        var words = Words();
        if (words.Length == 0) return ("", "", false);
        var reason = string.Join(" ", words[1..]);
        return (words[0], reason, Withdraw().IsMatch(reason));
    }

    string[] Words() => Rest.Split((char[])[' ', '\u3000', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The line a typed name means: its number, the exact name, the one name containing it, or the one name holding its
    /// characters in order (安全事故 → 发生安全生产事故). Null with the candidates when none or several match.
    /// </summary>
    public static int? Find(IReadOnlyList<string> names, string typed, out IReadOnlyList<string> candidates)
    {
        candidates = [];
        var text = typed.Trim();
        if (text.Length == 0) return null;
        if (int.TryParse(Points.Normalize(text), out var n)) return n >= 1 && n <= names.Count ? n - 1 : null;
        foreach (var test in new Func<string, bool>[] { s => s == text, s => s.Contains(text, StringComparison.OrdinalIgnoreCase), s => InOrder(s, text) })
        {
            var found = Enumerable.Range(0, names.Count).Where(i => test(names[i])).ToList();
            if (found.Count == 1) return found[0];
            if (found.Count > 1)
            {
                candidates = found.Select(i => names[i]).ToList();
                return null;
            }
        }
        return null;
    }

    static bool InOrder(string name, string typed)
    {
        var at = 0;
        foreach (var c in typed)
        {
            at = name.IndexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}
