using System.Xml.Linq;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>One key of the pages' data protection (cookies, anti-forgery tokens), as the key manager writes it.</summary>
public sealed class SignInKeyDoc
{
    public const string Collection = "signin_keys";

    /// <summary>The key's name as the key manager gives it (key-{guid}), or a new id.</summary>
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>
/// The sign-in keys in the database instead of a folder beside it, for bot processes that share a PostgreSQL database: a
/// cookie sealed by one process opens on every other. As sensitive as the folder was: whoever reads the table can forge a
/// session cookie (the database's own access rules guard it, as they guard everything else).
/// </summary>
public sealed class DatabaseKeys(AppraisalStore store) : IXmlRepository
{
    static readonly Collection<SignInKeyDoc> KeysCollection = new(SignInKeyDoc.Collection);

    IDocs<SignInKeyDoc> Keys => store.Docs(KeysCollection);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.Read(() => Keys.FindAll().Select(k => XElement.Parse(k.Xml)).ToList());

    public void StoreElement(XElement element, string friendlyName)
    {
        var id = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        store.Write(() => Keys.Upsert(new SignInKeyDoc { Id = id, Xml = element.ToString(SaveOptions.DisableFormatting), At = DateTime.UtcNow }));
    }
}
