using ChatAppraisal.Towns;

namespace ChatAppraisal;

/// <summary>The county's view of its towns (/county), and the town a reply is about once there are two or more.</summary>
public abstract partial class Texts
{
    public abstract string DescribeCounty { get; }

    /// <summary>Every town's progress and its first and last villages.</summary>
    public abstract string County(IReadOnlyList<TownProgress> towns);

    /// <summary>The county-wide workbook's caption (/county export).</summary>
    public abstract string CountyExportCaption(int towns);

    /// <summary>The console header's town switch.</summary>
    public abstract string TownLabel { get; }
}
