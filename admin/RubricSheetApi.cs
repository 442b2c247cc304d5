using ChatAppraisal.Appraisal;
using ChatAppraisal.Export;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ChatAppraisal.Admin;

/// <summary>
/// /api/rubric.xlsx: a period's rubric as a workbook to edit in WPS or Excel (GET), and the edited workbook back (PUT),
/// saved only when it reads without errors, each problem named by its sheet and row. The period is the active one, or
/// <c>?periodId=</c> (so next year's rubric is prepared before anyone is switched to it).
/// </summary>
public static class RubricSheetApi
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapRubricSheet(this IEndpointRouteBuilder api)
    {
        api.MapGet("/rubric.xlsx", Results<FileContentHttpResult, NotFoundProblem> (int? periodId, Periods periods) =>
                Period(periods, periodId) is { } period
                    ? TypedResults.File(RubricWorkbook.Write(period.Rubric), ContentType, $"{period.Name}评分细则.xlsx")
                    : UnknownPeriod(periodId))
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .WithTags("Rubric")
            .WithSummary("A period's rubric as .xlsx (the active period's, or ?periodId=): one row per node, and sheets for the bonus, deductions, vetoes and grades");

        api.MapPut("/rubric.xlsx", async Task<Results<Ok<RubricDto>, ValidationProblem, NotFoundProblem, ConflictProblem, ProblemHttpResult>> (
                HttpRequest request, int? periodId, Periods periods, PeriodSetup setup) =>
            {
                if (Period(periods, periodId) is not { } period) return UnknownPeriod(periodId);
                var (bytes, invalid, unsupported) = await Read(request);
                if (unsupported is not null)
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: unsupported);
                if (invalid is not null) return ApiProblems.Invalid("file", invalid);
                var result = RubricSheet.Read(new MemoryStream(bytes!));
                var errors = result.Problems.Where(Blocks).ToList();
                if (errors.Count > 0)
                    return ApiProblems.Invalid("file", string.Join(" ", errors.Select(p => p.Line is { } row ? $"{p.Text.Split(':')[0]} row {row}: {p}" : p.ToString())));
                var outcome = setup.ReplaceRubric(AdminActor.Instance, period.Id, RubricJson.Write(result.Rubric));
                return outcome switch
                {
                    { Ok: true, Period: { } p } => TypedResults.Ok(RubricDto.From(periods.View(p))),
                    { Refusal: PeriodRefusal.ScoringBegan, Entries: { } entries } => ApiProblems.Conflict("file",
                        $"Scoring has begun in {period.Name} ({entries}): its rubric can no longer change. Create a new period, upload it there, then activate it."),
                    _ => ApiProblems.Invalid("file", string.Join(" ", outcome.Errors ?? ["The rubric is invalid."])),
                };
            })
            // */* lets any other type reach the handler (after the key check), whose 415 says what is allowed.
            .Accepts<IFormFile>(ContentType, "multipart/form-data", "*/*")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("Rubric")
            .WithSummary("Replace a period's rubric with an edited .xlsx (the body, or the form field 'file'); refused with each problem by sheet and row, or once scoring began");
        return api;
    }

    /// <summary>What keeps a workbook from being saved: what cannot be read and what breaks a rubric rule (sums that do not add up only warn).</summary>
    public static bool Blocks(ImportProblem problem) =>
        problem.Fault is ImportFault.CellUnread or ImportFault.LevelSkipped or ImportFault.RubricRule or ImportFault.NoCategories or ImportFault.FileUnreadable;

    static PeriodView? Period(Periods periods, int? id) => id is { } i ? periods.Find(i) : periods.Active();

    static NotFoundProblem UnknownPeriod(int? id) => ApiProblems.NotFound("periodId", $"There is no period {id}.");

    /// <summary>The workbook's bytes, or why not: a sentence for a 400 (invalid) or a 415 (unsupported).</summary>
    static async Task<(byte[]? Bytes, string? Invalid, string? Unsupported)> Read(HttpRequest request)
    {
        if (request.ContentLength > RubricImportApi.MaxBytes) return (null, $"The file is larger than {RubricImportApi.MaxBytes / 1024 / 1024} MB.", null);
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type);
        var media = type?.MediaType.Value?.ToLowerInvariant();
        using var buffer = new MemoryStream();
        if (media == ContentType || media == "application/octet-stream")
        {
            await request.Body.CopyToAsync(buffer);
            return buffer.Length == 0 ? (null, "The body is empty: send the workbook.", null) : (buffer.ToArray(), null, null);
        }
        if (media != "multipart/form-data")
            return (null, null, $"Send the workbook as {ContentType}, or as multipart/form-data in the field 'file'.");
        try
        {
            var form = await request.ReadFormAsync();
            if (form.Files.GetFile("file") is not { } file) return (null, "Send the workbook in the form field 'file'.", null);
            await file.CopyToAsync(buffer);
            return (buffer.ToArray(), null, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, $"The form cannot be read: {e.Message}", null);
        }
    }
}
