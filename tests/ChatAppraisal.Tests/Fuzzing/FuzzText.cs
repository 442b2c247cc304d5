using System.Globalization;
using System.Text;
using ChatAppraisal.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// Generators of what people (and broken clients) type: any Unicode, numbers of every shape, runs of separators,
/// and messages from 0 to 20,000 characters. Each generator is a plain FsCheck <see cref="Gen{T}"/>.
/// </summary>
public static class FuzzText
{
    public const int LongestMessage = 20_000;

    public static readonly string[] Emoji = ["😀", "👍🏻", "🇨🇳", "👨‍👩‍👧", "❤️", "🔒", "✓", "→", "𠀀", "🀄", "\U0001F4AF"];

    /// <summary>Right-to-left and other direction marks, zero-width and other invisible characters, odd spaces.</summary>
    public static readonly string[] Invisible =
    [
        "\u200F", "\u202E", "\u200E", "\u202D", "\u202A", "\u202C", "\u2066", "\u2067", "\u2069", "\u200B", "\u200C", "\u200D",
        "\uFEFF", "\u00AD", "\u2028", "\u2029", "\u0085", "\u00A0", "\u2003", "\u3000", "\u0301", "\uFFFD", "\uFFFF",
    ];

    /// <summary>Runs of the separators quick entry and leader messages accept, and some they do not.</summary>
    public static readonly string[] SeparatorRuns =
    [
        " ", "  ", "\t", "\n", "\r\n", ",", "，", "、", ";", "；", "\u3000", " , ", "，，", "、、、", ";\n;", " \t ",
        "|", "/", "·", "\u00A0", "\u2003", "_", "-", "..",
    ];

    /// <summary>Numbers no form should accept as a score, or that sit on an edge.</summary>
    public static readonly string[] OddNumbers =
    [
        "0", "00", "-0", "+0", "0.0", "0.00", "0.001", "0.005", ".5", "5.", ".", "..", "5..5", "5.5.5", "-", "+", "+-5", "--5",
        "1e2", "1E-5", "5e0", "1e309", "-1e309", "1e+2", "NaN", "nan", "Infinity", "-Infinity", "∞", "0x1F", "1_000", "1,000",
        "1,000,000", "5,5", "５，５", "٣", "١٢", "۵", "½", "Ⅴ", "²", "五", "十五", "١٫٥",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "7922816251426433759354395033.5", "0.0000000000000000000000000001", "0.00000000000000000000000000001",
        "1" + new string('0', 40), "0." + new string('0', 30) + "1", new string('9', 32), new string('9', 33),
        "９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９", "５．５", "５。５", "－５", "＋５", "5分", "5 分", "分", "5分分",
        "2147483647", "2147483648", "-2147483649", "9223372036854775808", "4294967296",
    ];

    static Gen<string> Char(int from, int to) => Gen.Choose(from, to).Select(c => ((char)c).ToString());

    /// <summary>One "character": ASCII, digits, full-width forms, CJK, control characters, lone surrogates, emoji, marks.</summary>
    public static Gen<string> AnyChar { get; } = Gen.Frequency(
        (8, Char(0x20, 0x7E)),
        (4, Char('0', '9')),
        (2, Char(0xFF01, 0xFF5E)),
        (3, Char(0x4E00, 0x9FFF)),
        (1, Char(0x00, 0x1F)),
        (1, Gen.Constant("\u007F")),
        (1, Char(0xD800, 0xDFFF)),
        (2, Gen.Elements(Emoji)),
        (2, Gen.Elements(Invisible)),
        (1, Char(0x0600, 0x06FF)),
        (1, Char(0x0080, 0xFFFF)));

    public static Gen<string> Chars(int min, int max) =>
        from n in Gen.Choose(min, max) from chars in AnyChar.ArrayOf(n) select string.Concat(chars);

    public static Gen<string> Separators { get; } =
        from n in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Choose(2, 4)), (1, Gen.Choose(5, 60)))
        from runs in Gen.Elements(SeparatorRuns).ArrayOf(n)
        select string.Concat(runs);

    /// <summary>A decimal written plainly, with 0 to 4 decimals, from tiny to huge.</summary>
    public static Gen<string> PlainNumber { get; } =
        from digits in Gen.Frequency((6, Gen.Choose(1, 3)), (2, Gen.Choose(4, 12)), (1, Gen.Choose(13, 40)))
        from whole in Gen.Elements("0123456789".ToCharArray()).ArrayOf(digits)
        from decimals in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Choose(1, 2)), (2, Gen.Choose(3, 4)), (1, Gen.Choose(5, 30)))
        from fraction in Gen.Elements("0123456789".ToCharArray()).ArrayOf(decimals)
        select new string(whole) + (decimals > 0 ? "." + new string(fraction) : "");

    public static Gen<string> Exponent { get; } =
        from mantissa in PlainNumber
        from e in Gen.Elements("e", "E", "e+", "e-", "E-", "ｅ")
        from power in Gen.Choose(0, 400)
        select $"{mantissa}{e}{power}";

    /// <summary>Numbers of every shape: plain, signed, exponents, full-width, with 分, and the odd ones.</summary>
    public static Gen<string> Number { get; } = Gen.Frequency(
        (5, PlainNumber),
        (3, Gen.Elements(OddNumbers)),
        (1, Exponent),
        (1, PlainNumber.Select(FullWidth)),
        (1, from sign in Gen.Elements("-", "+", "－", "＋", "−") from n in PlainNumber select sign + n),
        (1, PlainNumber.Select(n => n + "分")));

    /// <summary>A valid score for an item of maximum <paramref name="max"/>, and how it is typed.</summary>
    public static Gen<(decimal Value, string Typed)> ValidScore(decimal max) =>
        from cents in Gen.Choose(0, (int)(max * 100))
        let value = cents / 100m
        from form in Gen.Choose(0, 7)
        select (value, Typed(value, form));

    /// <summary>The same value written the ways officials write it (all must be accepted).</summary>
    public static string Typed(decimal value, int form)
    {
        var plain = value.ToString("0.##", CultureInfo.InvariantCulture);
        return form switch
        {
            1 => FullWidth(plain),
            2 => plain.Contains('.') ? plain + "0" : plain + ".00",
            3 => "0" + plain,
            4 => plain + "分",
            5 => "\u3000" + plain + " ",
            6 => "+" + plain,
            _ => plain,
        };
    }

    /// <summary>A number no item of maximum <paramref name="max"/> accepts: above it, negative, 3 decimals, not a number.</summary>
    public static Gen<string> InvalidScore(decimal max) => Gen.OneOf(
        Gen.Choose(1, 100_000).Select(cents => (max + cents / 100m).ToString("0.##", CultureInfo.InvariantCulture)),
        Gen.Choose(1, 100_000).Select(cents => "-" + (cents / 100m).ToString("0.##", CultureInfo.InvariantCulture)),
        Gen.Choose(1, 9).Select(d => $"0.12{d}"),
        Gen.Elements("1e2", "1e0", "NaN", "Infinity", "abc", "五", "½", "٣", "0x1", "1.2.3", "..", "😀", "5分分", "0.001"));

    /// <summary>Words with a meaning somewhere: labels, names, aliases, edit requests, in both languages.</summary>
    public static Gen<string> Word(IReadOnlyList<string> names) => Gen.OneOf(
        Gen.Elements(names.ToArray()),
        Gen.Elements(names.Where(n => n.Length > 1).Select(n => n[..^1]).DefaultIfEmpty("村").ToArray()),
        Gen.Elements("满分", "跳过", "上一项", "确认", "换村", "取消", "签字", "0", "确 认", "Full marks", "Skip", "Previous", "Confirm",
            "confirm", "ok", "OK", "Change village", "Cancel", "分", "村", "第", "项", "改", "修改第", "e", "edit"),
        from word in Gen.Elements("改", "修改第", "第", "e", "edit", "E")
        from n in Gen.Choose(-2, 25)
        from tail in Gen.Elements("", "项", " ")
        select $"{word}{n}{tail}");

    /// <summary>Commands, known and not, with and without arguments.</summary>
    public static Gen<string> Command(IReadOnlyList<string> known) =>
        from name in Gen.Frequency((8, Gen.Elements(known.ToArray())), (1, Chars(0, 6)), (1, Gen.Elements("", " ", "/", "@bot", "SCORE", "Help")))
        from spacer in Gen.Elements(" ", "\u3000", "\n", "\t", "")
        from args in Gen.Frequency((3, Gen.Constant("")), (3, Chars(1, 12)), (2, Gen.Elements("en", "zh", "xx", "张三 examiner", "新庄", "1", "-1", "99")))
        select "/" + name + (args.Length > 0 ? spacer + args : "");

    /// <summary>Something that goes into a message: a number, a word, a few characters, separators, an emoji.</summary>
    public static Gen<string> Piece(IReadOnlyList<string> names) => Gen.Frequency(
        (5, Number),
        (3, Word(names)),
        (4, Chars(1, 6)),
        (3, Separators),
        (1, Gen.Elements(Emoji)),
        (1, Gen.Elements(Invisible)));

    /// <summary>A whole message: usually a few pieces, sometimes empty, invisible only, or long (up to 20,000 characters).</summary>
    public static Gen<string> Message(IReadOnlyList<string> names) => Gen.Frequency(
        (14, from n in Gen.Choose(1, 12) from pieces in Piece(names).ArrayOf(n) select string.Concat(pieces)),
        (1, Gen.Constant("")),
        (1, from n in Gen.Choose(1, 8) from marks in Gen.Elements([.. Invisible, .. SeparatorRuns]).ArrayOf(n) select string.Concat(marks)),
        (2, Long(names)));

    /// <summary>A piece repeated to a length from 0 to 20,000 characters.</summary>
    public static Gen<string> Long(IReadOnlyList<string> names) =>
        from piece in Piece(names).Where(p => p.Length > 0)
        from length in Gen.Frequency((1, Gen.Choose(0, 600)), (2, Gen.Choose(400, LongestMessage)))
        select Repeat(piece, length);

    /// <summary>Numbers joined by runs of separators: a whole category, or a leader's 15 values.</summary>
    public static string Join(IEnumerable<string> numbers, IReadOnlyList<string> separators) =>
        string.Concat(numbers.Select((n, i) => i == 0 ? n : separators[i % separators.Count] + n));

    /// <summary>Separators that quick entry and rating messages accept between numbers (Points.Separators, in runs).</summary>
    public static Gen<string[]> AcceptedSeparators(int count) =>
        Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 5)))
            .SelectMany(run => Gen.Elements(Points.Separators).ArrayOf(run).Select(cs => new string(cs)))
            .ArrayOf(Math.Max(1, count));

    public static string FullWidth(string ascii)
    {
        var sb = new StringBuilder(ascii.Length);
        foreach (var ch in ascii)
            sb.Append(ch switch
            {
                >= '0' and <= '9' => (char)('０' + (ch - '0')),
                '.' => '．',
                '-' => '－',
                '+' => '＋',
                _ => ch,
            });
        return sb.ToString();
    }

    static string Repeat(string piece, int length)
    {
        var sb = new StringBuilder(length + piece.Length);
        while (sb.Length < length) sb.Append(piece);
        return sb.ToString(0, length);
    }

    /// <summary>The text with control, invisible and surrogate characters escaped, cut for a failure message.</summary>
    public static string Show(string? text)
    {
        if (text is null) return "null";
        var sb = new StringBuilder("\"");
        foreach (var ch in text.Length > 300 ? text[..300] : text)
        {
            if (char.IsControl(ch) || char.IsSurrogate(ch) || Invisible.Contains(ch.ToString()) || ch == '"')
                sb.Append($"\\u{(int)ch:X4}");
            else sb.Append(ch);
        }
        sb.Append('"');
        if (text.Length > 300) sb.Append($"…({text.Length} chars)");
        return sb.ToString();
    }

    /// <summary>True when the text holds a high surrogate without its low one, or a low one alone.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
