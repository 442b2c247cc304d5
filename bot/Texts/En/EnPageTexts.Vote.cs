namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string VoteTitle(string village) => village.Length > 0 ? $"Democratic evaluation of {village}" : "Democratic evaluation";
    public override string VoteKicker => "Democratic evaluation";
    public override string VoteQuestion => "How well does the village's leadership (the three committees) work?";
    public override string VoteNote => "One press submits. Each slip votes once, anonymously.";
    public override string VoteCode(string code) => $"Slip {code}";
    public override string VoteThanks => "Voted, thank you";
    public override string VoteCounted => "Your vote is counted. You may close this page.";
    public override string VoteUsedHeading => "This slip has voted already";
    public override string VoteUsed(string code) => $"Slip {code} has voted already; each slip votes once.";
    public override string VoteClosedHeading => "The evaluation is closed";
    public override string VoteClosed => "This democratic evaluation is closed and takes no more votes.";
    public override string VoteUnknownHeading => "No such slip";
    public override string VoteUnknown(string? typed) => $"No slip has the code{(typed is { Length: > 0 } ? $" \"{typed}\"" : "")}. Check the 8 characters printed on the slip and type them again.";
    public override string VoteTypeHeading => "Type the slip's code";
    public override string VoteTypeIntro => "If you cannot scan, type the 8-character code printed on the slip.";
    public override string VoteCodeLabel => "Code (8 letters and digits)";
    public override string VoteCodePlaceholder => "e.g. K7M2 Q9XH";
    public override string VoteNext => "Next";
    public override string VoteFormExpired => "This page had expired and the vote was not counted. Please choose again.";
    public override string VoteBadGrade => "Choose one of 好, 较好, 一般, 较差.";
    public override string VoteTryLaterTitle => "Please try again later";
    public override string VoteTryLater(int seconds) => $"Too many attempts from this phone's network. Open the voting page again in {seconds} seconds.";
    public override string AttachmentsHeading => "Attachments";
}
