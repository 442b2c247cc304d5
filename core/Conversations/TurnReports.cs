using ChatAppraisal.Reports;

namespace ChatAppraisal.Conversations;

/// <summary>The report texts in the turn's language, and long answers split for the chat.</summary>
public static class TurnReports
{
    public static IReportTexts Reports(this Turn turn) => ReportTexts.For(turn.Texts.Language);

    /// <summary>Says a text in as many messages as it needs, none over 4,096 characters.</summary>
    public static void SayLong(this Turn turn, string text)
    {
        foreach (var part in MessageSplitter.Split(text)) turn.Say(part);
    }
}
