namespace ChatAppraisal.Members;

/// <summary>Turns an invite code into a link a person can tap (a Telegram deep link); null where the channel has none.</summary>
public interface IInviteLinks
{
    string? LinkFor(string code);
}

/// <summary>Without a link-capable channel (the console chat), codes are typed: <c>/start CODE</c>.</summary>
public sealed class NoInviteLinks : IInviteLinks
{
    public string? LinkFor(string code) => null;
}
