namespace ChatAppraisal;

/// <summary>The local console chat (bot/Channels/Console).</summary>
public abstract partial class Texts
{
    public abstract string ConsoleIntro(string memberName, int villages, bool samplesLoaded, string logFile);
    public abstract string ConsoleNumbersHint { get; }
    public abstract string ConsoleFileSaved(string what, string path);
    public abstract string ConsoleBye { get; }
}
