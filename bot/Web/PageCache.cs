namespace ChatAppraisal.Bot.Web;

/// <summary>What the pages say to caches.</summary>
static class PageCache
{
    /// <summary>
    /// Never kept (a page with a code, a token or a form): "no-cache, no-store", what ASP.NET Core's antiforgery sets on a
    /// page with a form. "no-store" alone made it override the header and log a warning on every such page (issue 29.14).
    /// </summary>
    public const string Never = "no-cache, no-store";
}
