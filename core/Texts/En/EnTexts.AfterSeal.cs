using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string ChangedAfterSealNote(IEnumerable<(string Village, decimal AtSeal, decimal Now)> villages) =>
        "⚠ Final score changed after the sheet was sealed (a leadership rating was replaced afterwards; see the audit log): "
        + string.Join("; ", villages.Select(v => $"{v.Village} {Points.Format(v.AtSeal)} → {Points.Format(v.Now)}")) + ".";
    public override string ChangedAfterSealMark(decimal atSeal) => $"⚠ changed after sealing (was {Points.Format(atSeal)} when sealed)";
}
