namespace ChatAppraisal.Tests.Charts;

/// <summary>Keeps the last rendered charts in /tmp/chatappraisal-charts so a person can look at them.</summary>
static class ChartImages
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "chatappraisal-charts");

    public static void Save(string name, byte[] content)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, name), content);
    }
}
