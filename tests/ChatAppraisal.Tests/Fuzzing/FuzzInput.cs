using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>What a fuzz case expects of the engine, when the generator built the input to be refused or taken.</summary>
public enum Expect
{
    /// <summary>Random input: only the general properties hold.</summary>
    Anything,
    /// <summary>Built to be refused: the user stays at the prompt and nothing stored changes.</summary>
    Refusal,
    /// <summary>Built to be taken: the values in <see cref="FuzzInput.Values"/> end up stored.</summary>
    Stored,
}

/// <summary>A button press, described before the prompt exists; resolved against the user's current buttons.</summary>
public abstract record Press
{
    /// <summary>One of the buttons of the latest prompt (index modulo their number).</summary>
    public sealed record Current(int Index) : Press;

    /// <summary>The button whose label starts with this text, else the first one.</summary>
    public sealed record Labelled(string Label) : Press;

    /// <summary>A button of an older prompt: its generation lies <paramref name="Back"/> behind.</summary>
    public sealed record Stale(int Index, int Back) : Press;

    /// <summary>The current generation with a made-up payload ("v:999", "c:-1", "max" at the wrong prompt…).</summary>
    public sealed record Forged(string Payload) : Press;

    /// <summary>Any data a client could send, up to 64 bytes.</summary>
    public sealed record Raw(string Data) : Press;

    public static readonly string[] Payloads =
    [
        "v:1", "v:2", "v:4", "v:0", "v:-1", "v:999", "v:2147483648", "v:", "v:1.5", "c:0", "c:7", "c:14", "c:15", "c:-1",
        "c:99999999999", "c:", "e:0", "e:1", "e:3", "e:17", "e:18", "e:-3", "e:2147483647", "max", "zero", "skip", "prev",
        "ok", "villages", "", "|", "x", "cancel", "confirm", "yes", "no", "r:1", "s:1", "ok|ok", "max ", "MAX",
    ];

    /// <summary>Random button data: structured "generation|payload" with odd generations, or any Unicode, cut to 64 bytes.</summary>
    public static Gen<string> RawData { get; } = Gen.OneOf(
        from generation in Gen.Elements("-1", "0", "1", " 1", "+1", "2147483647", "2147483648", "99999999999", "1e3", "٣", "", "x", "１")
        from payload in Gen.Elements(Payloads)
        select Cut($"{generation}|{payload}"),
        FuzzText.Chars(0, 70).Select(Cut),
        Gen.Constant(new string('9', 64)),
        Gen.Constant(""));

    /// <summary>Presses of every kind; most valid, the rest stale or forged.</summary>
    public static Gen<Press> Any { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 40).Select(i => (Press)new Current(i))),
        (2, from i in Gen.Choose(0, 40) from back in Gen.Choose(1, 5) select (Press)new Stale(i, back)),
        (2, Gen.Elements(Payloads).Select(p => (Press)new Forged(p))),
        (1, FuzzText.Chars(1, 20).Select(p => (Press)new Forged(p))),
        (2, RawData.Select(d => (Press)new Raw(d))));

    /// <summary>At most 64 bytes of UTF-8, as Telegram allows for callback data.</summary>
    public static string Cut(string data)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(data) > 64) data = data[..^1];
        return data;
    }
}

/// <summary>One fuzz input: typed text, a pressed button or unreadable content; optionally a press right after it.</summary>
public sealed record FuzzInput(string? Text = null, Press? Button = null, bool Unsupported = false, Expect Expect = Expect.Anything)
{
    /// <summary>For <see cref="Expect.Stored"/>: the values of the category's items (quick entry) or of the one item.</summary>
    public IReadOnlyList<decimal>? Values { get; init; }

    /// <summary>A press after the first update (a leader's 确认 after the summary of the rating).</summary>
    public Press? Then { get; init; }

    public static FuzzInput Typed(string text, Expect expect = Expect.Anything) => new(text, Expect: expect);

    public override string ToString() =>
        (Unsupported ? "<photo>" : Button is not null ? $"press {Button}" : $"text {FuzzText.Show(Text)}")
        + $" expect {Expect}" + (Values is null ? "" : $" [{string.Join(" ", Values)}]") + (Then is null ? "" : $" then {Then}");
}
