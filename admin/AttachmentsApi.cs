using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="Kind">"item", "writtenReport" or "secretaryAccount".</param>
/// <param name="Category">0-based, as in the sheet and the audit trail; null for a report.</param>
/// <param name="Characters">字数 (non-space characters) of a .docx, .txt or pasted report.</param>
/// <param name="MissingParts">A report's parts whose heading was not found.</param>
public sealed record AttachmentDto(long Id, int VillageId, string Kind, int? Category, int? Item, string FileName, string ContentType,
    long Size, string Sha256, bool IsPhoto, string Member, DateTime At, int? Characters, int? Pages, IReadOnlyList<string> MissingParts, string Url)
{
    public static AttachmentDto From(AttachmentDoc a) => new(a.Id, a.VillageId, a.Kind switch
        {
            AttachmentKind.WrittenReport => "writtenReport",
            AttachmentKind.SecretaryAccount => "secretaryAccount",
            _ => "item",
        }, a.Category, a.Item, a.FileName, a.ContentType, a.Size, a.Sha256, a.IsPhoto, a.MemberName, a.At, a.Characters, a.Pages,
        a.MissingParts, $"/api/attachments/{a.Id}");
}

/// <summary>/api/villages/{id}/attachments and /api/attachments/{id}: a village's evidence in the active period, and each file.</summary>
public static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder api)
    {
        api.MapGet("/villages/{id}/attachments", Results<Ok<List<AttachmentDto>>, NotFoundProblem> (int id, [FromServices] Periods periods,
                    [FromServices] Attachments attachments, [FromServices] VillageRoster villages) =>
                villages.Find(id) is not null
                    ? TypedResults.Ok(attachments.ForVillage(periods.Active().Id, id).Select(AttachmentDto.From).ToList())
                    : VillagesApi.UnknownVillage(id))
            .WithTags("Attachments")
            .WithSummary("A village's attachments in the active period: photos and files on items, written reports, each with its SHA-256");

        var group = api.MapGroup("/attachments").WithTags("Attachments");

        group.MapGet("/{id}", Results<FileStreamHttpResult, NotFoundProblem> (long id, [FromServices] Attachments attachments) =>
                attachments.Find(id) is { Pending: false } a
                    ? TypedResults.File(attachments.OpenRead(a), a.ContentType, a.FileName)
                    : UnknownAttachment(id))
            .WithSummary("One attachment's bytes, with its sniffed content type and file name");

        group.MapDelete("/{id}", Results<NoContent, NotFoundProblem, ConflictProblem> (long id, string? reason, [FromServices] Attachments attachments) =>
                attachments.Remove(AdminActor.Instance, id, reason) switch
                {
                    { Refusal: AttachRefusal.None } => TypedResults.NoContent(),
                    { Refusal: AttachRefusal.Sealed, Seal: { } seal } => ApiProblems.Conflict("id",
                        $"Attachment {id} belongs to a sheet sealed by {seal.SignedByName}; reopen the sheet (POST /api/villages/{seal.VillageId}/unseal) first."),
                    _ => UnknownAttachment(id),
                })
            .WithSummary("Remove an attachment (audited, with ?reason=); refused while its sheet is sealed");

        return api;
    }

    static NotFoundProblem UnknownAttachment(long id) => ApiProblems.NotFound("id", $"There is no attachment with id {id}.");
}
