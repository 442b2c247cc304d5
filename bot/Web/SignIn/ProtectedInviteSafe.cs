using System.Security.Cryptography;
using ChatAppraisal.Members;
using Microsoft.AspNetCore.DataProtection;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// Invite codes sealed with the pages' data-protection keys (kept beside the database, owner-only), so the console's
/// member card offers an unused invite again; a copy of the database without the keys does not reveal it.
/// </summary>
public sealed class ProtectedInviteSafe(IDataProtectionProvider provider) : IInviteSafe
{
    readonly IDataProtector _protector = provider.CreateProtector("ChatAppraisal.InviteCode.v1");

    public string? Seal(string code) => _protector.Protect(code);

    public string? Open(string sealedCode)
    {
        try
        {
            return _protector.Unprotect(sealedCode);
        }
        catch (CryptographicException)
        {
            return null; // sealed with keys this program no longer has: the admin makes a new invite
        }
    }
}
