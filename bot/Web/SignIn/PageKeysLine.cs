namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// One line at start naming where the pages' data-protection keys are kept (sign-in cookies, forms' anti-forgery tokens,
/// the invites kept for the console). It replaces ASP.NET Core's warning that the keys are stored unencrypted, which is
/// expected here: the folder is readable by this user only, beside the database it belongs to (issue 29.14).
/// </summary>
sealed class PageKeysLine(string folder, ILogger<PageKeysLine> logger) : IHostedService
{
    /// <summary>The category of ASP.NET Core's warning this line replaces (logged from Error up only).</summary>
    public const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Page keys (sign-in cookies, forms, kept invites) in {Folder}, readable by this user only: back them up and move them with the database, or everyone signs in again", folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
