using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Storage.Shared;

/// <summary>
/// Runs a job in one process among all on the database: tries to lead <c>role</c> every <see cref="TryEvery"/>, runs the job
/// while it leads, and stops it when the lead is lost (the job's token is cancelled) to try again. On the LiteDB file the one
/// process always leads, so the job simply runs.
/// </summary>
public static class Election
{
    public static readonly TimeSpan TryEvery = TimeSpan.FromSeconds(1);

    public static async Task RunWhileLeadingAsync(AppraisalStore store, string role, Func<CancellationToken, Task> job, ILogger logger,
        CancellationToken stopping)
    {
        var waitingSaid = false;
        while (!stopping.IsCancellationRequested)
        {
            IProcessLead? lead;
            try
            {
                lead = store.Engine.TryLead(role);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not ask the database who does {Role}; asking again", role);
                lead = null;
            }
            if (lead is null)
            {
                if (!waitingSaid) logger.LogInformation("Another bot process does {Role}; this one takes over if it stops", role);
                waitingSaid = true;
                try
                {
                    await Task.Delay(TryEvery, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                continue;
            }
            using (lead)
            {
                if (store.Engine.Shared) logger.LogInformation("This bot process does {Role} now", role);
                waitingSaid = false;
                using var both = CancellationTokenSource.CreateLinkedTokenSource(stopping, lead.Lost);
                try
                {
                    await job(both.Token);
                }
                catch (OperationCanceledException) when (both.IsCancellationRequested)
                {
                }
                if (stopping.IsCancellationRequested || !lead.Lost.IsCancellationRequested) return;
                logger.LogWarning("This bot process lost its session with the database and stopped doing {Role}; asking to do it again", role);
            }
        }
    }
}
