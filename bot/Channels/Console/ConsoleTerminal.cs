namespace ChatAppraisal.Bot.Channels.Console;

/// <summary>Where the console chat reads and writes; <paramref name="EchoInput"/> repeats piped lines so a transcript reads as a chat.</summary>
public sealed record ConsoleTerminal(TextReader In, TextWriter Out, bool EchoInput)
{
    public static ConsoleTerminal System()
    {
        global::System.Console.OutputEncoding = global::System.Text.Encoding.UTF8;
        global::System.Console.InputEncoding = global::System.Text.Encoding.UTF8;
        return new(global::System.Console.In, global::System.Console.Out, global::System.Console.IsInputRedirected);
    }
}
