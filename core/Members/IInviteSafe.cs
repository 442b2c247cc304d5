namespace ChatAppraisal.Members;

/// <summary>
/// Keeps a sealed copy of an invite code, so the console can offer an unused invite again (issue 29.10) while the
/// database holds only the code's hash and a copy no one reads without the pages' keys. Where no pages run, nothing is kept.
/// </summary>
public interface IInviteSafe
{
    /// <summary>The code sealed for storage, or null when it is not kept.</summary>
    string? Seal(string code);

    /// <summary>The code from <see cref="Seal"/>'s copy, or null when it cannot be opened (other keys, damaged).</summary>
    string? Open(string sealedCode);
}

/// <summary>No copy: the code is shown once, when it is made.</summary>
public sealed class NoInviteSafe : IInviteSafe
{
    public string? Seal(string code) => null;
    public string? Open(string sealedCode) => null;
}
