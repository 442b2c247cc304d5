using System.Security.Cryptography;
using System.Text;

namespace ChatAppraisal.Members;

/// <summary>
/// The bot's 128-bit secrets (invite codes, sign-in tokens, session ids) and how they are kept: only their SHA-256 is
/// stored, so a copy of the database file signs no one in. A presented secret is looked up by its hash.
/// </summary>
public static class Secrets
{
    /// <summary>22 URL-safe characters of 128 random bits (fits a Telegram /start payload).</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form: SHA-256 of the secret as typed (trimmed), 64 lower-case hex digits.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim())));

    /// <summary>Whether a stored id is already a hash (files written before hashing hold the secrets themselves).</summary>
    public static bool IsHash(string stored) => stored.Length == 64 && stored.All(char.IsAsciiHexDigitLower);
}
