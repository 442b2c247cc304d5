using ChatAppraisal.Backups;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="File">The file's name in the backup folder (<c>Backup:Folder</c>).</param>
/// <param name="Reason">daily, seal, publication or onDemand; seals' and publications' backups are never pruned.</param>
/// <param name="Scores">What the copy holds, checked equal to the live file at the moment it was taken; so the other counts.</param>
public sealed record BackupDto(string File, DateTime At, string Reason, long Size, string Sha256, long Scores, long Seals, long AuditEntries,
    long Attachments, string? Note)
{
    public static BackupDto From(BackupRecord r) => new(r.File, r.At, char.ToLowerInvariant(r.Reason.ToString()[0]) + r.Reason.ToString()[1..],
        r.Size, r.Sha256, r.Counts.Scores, r.Counts.Seals, r.Counts.AuditEntries, r.Counts.Attachments, r.Note);
}

/// <summary>/api/backups: the backups kept, and one taken now (written, checked against the live file, recorded).</summary>
public static class BackupsApi
{
    public static IEndpointRouteBuilder MapBackups(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/backups").WithTags("Backups");

        group.MapGet("/", (BackupKeeper backups) => TypedResults.Ok(backups.List().Select(BackupDto.From).ToList()))
            .WithSummary("The backups kept in Backup:Folder, newest first, each with its size, time, SHA-256 and what it holds");

        group.MapPost("/", async Task<Results<Created<BackupDto>, ProblemHttpResult>> (BackupKeeper backups) =>
            {
                // The copy waits for the write lock and reads the whole file: off the request's thread.
                var outcome = await Task.Run(() => backups.Take(BackupReason.OnDemand, AdminActor.Instance.Name));
                return outcome.Record is { } record
                    ? TypedResults.Created($"/api/backups/{Uri.EscapeDataString(record.File)}", BackupDto.From(record))
                    : TypedResults.Problem(detail: Texts.For("en").BackupFailed(outcome.Problem, backups.Folder), title: "Backup failed",
                        statusCode: StatusCodes.Status500InternalServerError);
            })
            .WithSummary("Takes a backup now; 201 once it is written and checked, 500 with what to fix when it failed (the live file is untouched)");
        return api;
    }
}
