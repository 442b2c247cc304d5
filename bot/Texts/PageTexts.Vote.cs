namespace ChatAppraisal.Bot;

/// <summary>The voting page (/v): attendees of the village meeting read it in Chinese (the page uses <c>PageTexts.For("zh")</c>).</summary>
public abstract partial class PageTexts
{
    public abstract string VoteTitle(string village);
    public abstract string VoteKicker { get; }
    public abstract string VoteQuestion { get; }
    public abstract string VoteNote { get; }
    public abstract string VoteCode(string code);
    public abstract string VoteThanks { get; }
    public abstract string VoteCounted { get; }
    public abstract string VoteUsedHeading { get; }
    public abstract string VoteUsed(string code);
    public abstract string VoteClosedHeading { get; }
    public abstract string VoteClosed { get; }
    public abstract string VoteUnknownHeading { get; }
    public abstract string VoteUnknown(string? typed);
    public abstract string VoteTypeHeading { get; }
    public abstract string VoteTypeIntro { get; }
    public abstract string VoteCodeLabel { get; }
    public abstract string VoteCodePlaceholder { get; }
    public abstract string VoteNext { get; }
    public abstract string VoteFormExpired { get; }
    public abstract string VoteBadGrade { get; }
    public abstract string VoteTryLaterTitle { get; }
    public abstract string VoteTryLater(int seconds);
    public abstract string AttachmentsHeading { get; }
}
