using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Publication;

/// <summary>Once a minute, makes final the published results whose objection window is over with no objection open.</summary>
public sealed class PublicationWatch(Publications publications, TimeProvider clock, Storage.AppraisalStore store, ILogger<PublicationWatch> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>Bot processes sharing a database elect one to make results final (docs/scale-out.md).</summary>
    public const string Role = "publication";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Storage.Shared.Election.RunWhileLeadingAsync(store, Role, RunAsync, log, stoppingToken);

    async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var final in publications.FinalizeDue()) log.LogInformation("The results of period {Period} are final.", final.Id);
            }
            catch (Exception e)
            {
                // A full disk or a busy file: tried again at the next tick; the worker must not stop the host.
                log.LogWarning(e, "Making the published results final failed; trying again in a minute.");
            }
        }
    }
}
