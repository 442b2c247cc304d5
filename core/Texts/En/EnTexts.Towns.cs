using ChatAppraisal.Towns;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeCounty => "county: each town's progress (items scored, sheets signed and sealed, leadership ratings) and its first and last villages; \"/county export\" sends the county's workbook (a sheet per town)";

    public override string CountyExportCaption(int towns) => $"The county's summary: {towns} towns, one ranking sheet each";

    public override string County(IReadOnlyList<TownProgress> towns) =>
        $"The county's {towns.Count} towns:\n" + string.Join("\n", towns.Select(t =>
            $"{t.Name} ({t.Period}, {t.Villages} villages): {t.ItemsScored}/{t.ItemsTotal} items scored, {t.SheetsSealed}/{t.Villages} sealed, {t.RatingsGiven}/{t.RatingsExpected} ratings"
            + (t.Top is null ? "" : $"; first {t.Top}") + (t.Bottom is null ? "" : $", last {t.Bottom}")));

    public override string TownLabel => "Town";
}
