using ChatAppraisal.Reports;

namespace ChatAppraisal.Conversations;

/// <summary>Long answers split for the chat.</summary>
public static class TurnReports
{

    /// <summary>Says a text in as many messages as it needs, none over 4,096 characters.</summary>
    public static void SayLong(this Turn turn, string text)
    {
        foreach (var part in MessageSplitter.Split(text)) turn.Say(part);
    }
}
