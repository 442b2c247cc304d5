namespace ChatAppraisal;

/// <summary>A sealed village whose final score changed after the seal (a leader's rating replaced; issue 29.15).</summary>
public abstract partial class Texts
{
    /// <summary>Under the ranking (text and chart caption): each such village, its final at the seal and now.</summary>
    public abstract string ChangedAfterSealNote(IEnumerable<(string Village, decimal AtSeal, decimal Now)> villages);
    /// <summary>The console's mark beside such a village's name.</summary>
    public abstract string ChangedAfterSealMark(decimal atSeal);
}
