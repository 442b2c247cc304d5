namespace ChatAppraisal.Conversations.Signing;

/// <summary>Where a group leader stands in /sign. Done closes the dialog.</summary>
public enum SignState
{
    Village,
    Summary,
    /// <summary>The sheet has unscored items: a second, explicit confirmation naming how many.</summary>
    SecondConfirmation,
    Done,
}

/// <summary>The stored session of /sign.</summary>
public sealed class SignSession
{
    public SignState State { get; set; } = SignState.Village;
    public int VillageId { get; set; }

    /// <summary>
    /// The fingerprint of the sheet as the summary showed it. If an examiner changes a score before 签字密封 is
    /// pressed, the fingerprints differ and the new sheet is shown again: a signature covers what was read.
    /// </summary>
    public string Shown { get; set; } = "";
}
