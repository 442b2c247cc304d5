namespace ChatAppraisal.Tests.Processes;

/// <summary>The checkout these tests run from: the folder above the test's output that holds ChatAppraisal.sln.</summary>
public static class RepositoryFolder
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatAppraisal.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ChatAppraisal.sln not found above " + AppContext.BaseDirectory);
    }
}
