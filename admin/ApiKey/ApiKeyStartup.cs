using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Admin.ApiKey;

/// <summary>Settles the API key at start (generating it on the first) and logs once where it comes from: the place, never the key.</summary>
sealed class ApiKeyStartup(AdminApiKey key, ILogger<ApiKeyStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (key.Source)
        {
            case ApiKeySource.GeneratedFile:
                logger.LogWarning(
                    "No Admin:ApiKey is configured: generated an admin API key and stored it in {KeyFile} (readable by this user only). " +
                    "Send it in the {Header} header, e.g. curl -H \"{Header}: $(cat {KeyFile})\" ...",
                    key.FilePath, AdminApiKey.Header, AdminApiKey.Header, key.FilePath);
                break;
            case ApiKeySource.ExistingFile:
                logger.LogInformation("Admin API key: the one stored in {KeyFile} (send it in the {Header} header)", key.FilePath, AdminApiKey.Header);
                if (key.OthersCanRead)
                    logger.LogWarning("The admin API key file {KeyFile} is readable by other users; run chmod 600 on it", key.FilePath);
                break;
            default:
                logger.LogInformation("Admin API key: the one configured in Admin:ApiKey (send it in the {Header} header)", AdminApiKey.Header);
                break;
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
