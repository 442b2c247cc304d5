using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string ChangedAfterSealNote(IEnumerable<(string Village, decimal AtSeal, decimal Now)> villages) =>
        "⚠ Final score changed after the seal (a leadership rating was replaced after signing; see the audit): "
        + string.Join("; ", villages.Select(v => $"{v.Village} {Points.Format(v.AtSeal)} → {Points.Format(v.Now)}")) + ".";
    public override string ChangedAfterSealMark(decimal atSeal) => $"⚠ changed after the seal (sealed at {Points.Format(atSeal)})";
}
