using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Admin.ApiKey;

public enum ApiKeySource
{
    Configuration,
    ExistingFile,
    GeneratedFile,
}

/// <summary>
/// The admin API key: Admin:ApiKey when set, otherwise a random key generated at first start and kept in
/// "&lt;database file&gt;.apikey" (mode 0600), so it survives restarts and is readable by the service's user only.
/// </summary>
public sealed class AdminApiKey
{
    public const string Header = "X-Api-Key";
    public const string SchemeName = "ApiKey";
    public const string FileSuffix = ".apikey";

    // Compared as SHA-256 digests so both sides have the same length and FixedTimeEquals never short-cuts.
    readonly byte[] _digest;

    public AdminApiKey(IOptions<AdminOptions> admin, IOptions<StorageOptions> storage)
    {
        FilePath = Path.GetFullPath(storage.Value.Path) + FileSuffix;
        string key;
        if (admin.Value.HasApiKey)
        {
            key = admin.Value.ApiKey!.Trim();
            Source = ApiKeySource.Configuration;
        }
        else if (File.Exists(FilePath))
        {
            key = File.ReadAllText(FilePath).Trim();
            if (key.Length < AdminOptions.MinApiKeyLength)
                throw new InvalidOperationException(
                    $"The admin API key file '{FilePath}' holds no usable key (fewer than {AdminOptions.MinApiKeyLength} characters). " +
                    "Delete it to have a new key generated, or set Admin:ApiKey.");
            Source = ApiKeySource.ExistingFile;
            OthersCanRead = !OperatingSystem.IsWindows() &&
                (File.GetUnixFileMode(FilePath) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0;
        }
        else
        {
            key = Generate(FilePath);
            Source = ApiKeySource.GeneratedFile;
        }
        _digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    public ApiKeySource Source { get; }

    /// <summary>Where a generated key is kept (used only when Admin:ApiKey is not set).</summary>
    public string FilePath { get; }

    /// <summary>An existing key file that its group or others may read: worth a warning at start.</summary>
    public bool OthersCanRead { get; }

    /// <summary>Whether <paramref name="presented"/> is the key, in time that does not depend on where they differ.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _digest);

    static string Generate(string path)
    {
        // 32 random bytes, base64url: 43 characters safe in a header and a shell.
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        // Created with mode 0600 from the start, so there is no moment when others could read it.
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(new FileStream(path, options)))
            writer.WriteLine(key);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
