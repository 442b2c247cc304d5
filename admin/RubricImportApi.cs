using System.Text;
using ChatAppraisal.Rubrics.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ChatAppraisal.Admin;

public sealed record ImportPolicyDto(decimal OnsiteWeight, decimal LeaderWeight);

/// <param name="Line">The plan's line (from 1; in a .docx, paragraphs and table rows counted in order); null for the plan as a whole.</param>
/// <param name="Text">That line as the plan has it.</param>
/// <param name="Problem">What could not be read or is doubted, in English (Chinese with Accept-Language: zh).</param>
public sealed record ImportProblemDto(int? Line, string Text, string Problem);

/// <summary>The importer's proposal: nothing is saved; PUT /api/rubric takes the rubric once it is right.</summary>
public sealed record RubricImportDto(RubricDto Rubric, ImportPolicyDto? Policy, IReadOnlyList<ImportProblemDto> Problems);

/// <summary>POST /api/rubric/import: a town's plan (text, .txt or .docx) read into a proposed rubric.</summary>
public static class RubricImportApi
{
    /// <summary>A plan is a few pages; a .docx with pictures stays far below this.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRubricImport(this IEndpointRouteBuilder api)
    {
        api.MapPost("/rubric/import", async Task<Results<Ok<RubricImportDto>, ValidationProblem, ProblemHttpResult>> (HttpRequest request) =>
            {
                var (result, refusal) = await Read(request);
                if (refusal is not null) return refusal;
                var zh = request.Headers.AcceptLanguage.ToString().StartsWith("zh", StringComparison.OrdinalIgnoreCase);
                return TypedResults.Ok(new RubricImportDto(
                    RubricDto.From(result!.Rubric),
                    result.Policy is { } p ? new ImportPolicyDto(p.OnsiteWeight, p.LeaderWeight) : null,
                    result.Problems.Select(pr => new ImportProblemDto(pr.Line, pr.Text, Texts.For(zh ? "zh" : "en").ImportProblemText(pr))).ToList()));
            })
            // One Accepts for both forms (routing keeps only the last); */* lets any other type reach the handler, whose 415 says what is allowed.
            .Accepts<string>("text/plain", "multipart/form-data", "*/*")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("Rubric")
            .WithSummary("Read a plan (text/plain UTF-8, or a .txt or .docx file, or the rubric's .xlsx, in the form field 'file') into a proposed rubric; nothing is saved");
        return api;
    }

    static async Task<(ImportResult?, Results<Ok<RubricImportDto>, ValidationProblem, ProblemHttpResult>?)> Read(HttpRequest request)
    {
        if (request.ContentLength > MaxBytes) return (null, ApiProblems.Invalid("file", $"The plan is larger than {MaxBytes / 1024 / 1024} MB."));
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type);
        var media = type?.MediaType.Value?.ToLowerInvariant();
        if (media == "text/plain")
        {
            var charset = type!.Charset.Value;
            if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                return (null, Unsupported($"The text is in {charset}; send it as text/plain; charset=utf-8."));
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return Text(buffer.ToArray(), "body");
        }
        if (media == "multipart/form-data")
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return (null, ApiProblems.Invalid("file", $"The form cannot be read: {e.Message}"));
            }
            if (form.Files.GetFile("file") is not { } file)
                return (null, ApiProblems.Invalid("file", "Send the plan in the form field 'file' (a .docx or .txt file)."));
            var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            if (extension == ".txt") return Text(buffer.ToArray(), "file");
            if (extension is ".docx" or ".xlsx")
            {
                buffer.Position = 0;
                // An .xlsx is the rubric's own workbook (GET /api/rubric.xlsx), edited.
                var result = extension == ".xlsx" ? RubricSheet.Read(buffer) : RubricImporter.FromDocx(buffer);
                return result.Problems is [{ Fault: ImportFault.FileUnreadable } unreadable]
                    ? (null, ApiProblems.Invalid("file", unreadable.ToString()))
                    : (result, null);
            }
            return (null, Unsupported($"'{file.FileName}' is not a .docx, .txt or .xlsx file; save the plan as .docx (Word, WPS) or .txt (UTF-8), or upload the rubric's workbook (.xlsx)."));
        }
        return (null, Unsupported("Send the plan as text/plain; charset=utf-8, or as multipart/form-data with a .docx or .txt file in the field 'file'."));
    }

    static (ImportResult?, Results<Ok<RubricImportDto>, ValidationProblem, ProblemHttpResult>?) Text(byte[] bytes, string field)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiProblems.Invalid(field, "The text is not UTF-8; save the plan as UTF-8 (or upload the .docx)."));
        }
        if (string.IsNullOrWhiteSpace(text)) return (null, ApiProblems.Invalid(field, "The plan is empty: paste the plan's text or upload its .docx."));
        if (text.Length > RubricImporter.MaxChars)
            return (null, ApiProblems.Invalid(field, $"The plan has {text.Length} characters; at most {RubricImporter.MaxChars} are read."));
        return (RubricImporter.FromText(text), null);
    }

    static ProblemHttpResult Unsupported(string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: message);
}
