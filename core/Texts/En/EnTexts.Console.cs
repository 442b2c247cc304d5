namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string ConsoleIntro(string memberName, int villages, bool samplesLoaded, string logFile) =>
        $"Local chat (this terminal). You are \"{memberName}\" with every role.\n" +
        (samplesLoaded ? $"The new database got {villages} sample villages (named \"（示例）\", an admin can remove them).\n" : "") +
        $"Type 评分 (or /score) to start scoring, 帮助 (or /help) for the commands; choose a button by its number or label; Ctrl+D quits. Log: {logFile}";
    public override string ConsoleNumbersHint => "(numbers typed here are scores; choose a button with #number or its label)";
    public override string ConsoleFileSaved(string what, string path) => $"[{what}] saved to {path}";
    public override string ConsoleBye => "End of input, goodbye.";
}
