using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// JSON as a broken or hostile client sends it: well-formed values of every type in the right and the wrong places,
/// strings of any Unicode (escaped lone surrogates and control characters included), numbers huge, tiny and
/// exponential, nulls inside lists, deep nesting, and malformed text.
/// </summary>
public static class FuzzJson
{
    /// <summary>A JSON string literal; control characters and lone surrogates escaped as \uXXXX (the only way JSON can carry them).</summary>
    public static string String(string text)
    {
        var sb = new StringBuilder("\"", text.Length + 2);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(ch).Append(text[++i]); continue; }
            if (ch is '"' or '\\') sb.Append('\\').Append(ch);
            else if (ch < 0x20 || char.IsSurrogate(ch)) sb.Append($"\\u{(int)ch:x4}");
            else sb.Append(ch);
        }
        return sb.Append('"').ToString();
    }

    public static Gen<string> Numbers { get; } = Gen.Frequency(
        (4, FuzzText.PlainNumber),
        (2, from sign in Gen.Elements("", "-") from n in FuzzText.PlainNumber select sign + n),
        (2, Gen.Elements("0", "-0", "1", "0.5", "0.9", "0.1", "1.0", "1e400", "-1e400", "1e-400", "1E+2", "2.5e-3", "0.1e1",
            "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336", "2147483647",
            "2147483648", "-2147483649", "9223372036854775808", "0.0000000000000000000000000001", "1" + new string('0', 400))),
        (1, from m in FuzzText.PlainNumber from e in Gen.Choose(-400, 400) select $"{m}e{e}"));

    public static Gen<string> Strings(IReadOnlyList<string> words) => Gen.Frequency(
        (4, FuzzText.Message(words)),
        (2, Gen.Elements(words.ToArray())),
        (1, from w in Gen.Elements(words.ToArray()) from pad in Gen.Elements(" ", "\u3000", "\u200B", "\t", "\n", "\u202E", "\u0000") select pad + w + pad),
        (1, from n in Gen.Choose(35, 45) from c in FuzzText.AnyChar.ArrayOf(n) select string.Concat(c)))
        .Select(String);

    /// <summary>Any JSON value; objects favour the given field names.</summary>
    public static Gen<string> Value(IReadOnlyList<string> fields, IReadOnlyList<string> words, int depth = 3)
    {
        var scalars = Gen.Frequency(
            (4, Strings(words)),
            (3, Numbers),
            (1, Gen.Elements("true", "false", "null")));
        if (depth <= 0) return scalars;
        var inner = Value(fields, words, depth - 1);
        return Gen.Frequency(
            (6, scalars),
            (1, from n in Gen.Choose(0, 5) from items in inner.ArrayOf(n) select $"[{string.Join(",", items)}]"),
            (1, Object(fields, words, inner)));
    }

    public static Gen<string> Object(IReadOnlyList<string> fields, IReadOnlyList<string> words, Gen<string> values) =>
        from n in Gen.Choose(0, fields.Count + 2)
        from names in Gen.Frequency((6, Gen.Elements(fields.ToArray())), (1, Strings(words).Select(s => s[1..^1])),
            (1, Gen.Elements(fields.Select(f => f.ToUpperInvariant()).ToArray()))).ArrayOf(n)
        from members in values.ArrayOf(n)
        select "{" + string.Join(",", names.Zip(members, (k, v) => $"{String(k)}:{v}")) + "}";

    /// <summary>Text that is not JSON or breaks off: cut, doubled, with trailing commas or comments.</summary>
    public static Gen<string> Malformed(Gen<string> json) => Gen.OneOf(
        from j in json from cut in Gen.Choose(0, 100) select j[..Math.Min(j.Length, cut * j.Length / 100)],
        json.Select(j => j + j),
        json.Select(j => j.Replace("}", ",}").Replace("]", ",]")),
        json.Select(j => "// note\n" + j),
        json.Select(j => j.Replace("\"", "'")),
        FuzzText.Message(["{", "}", "[", "]", ":", ",", "\"", "null", "true"]),
        Gen.Constant(new string('[', 2000) + new string(']', 2000)),
        Gen.Constant(""));

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
