using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Admin;

/// <summary>
/// Every error is a ProblemDetails whose <c>errors</c> names the field at fault ({"name": ["..."]}) and whose
/// <c>detail</c> says the same in a sentence: 400 invalid input, 404 unknown id, 409 conflict with what is stored.
/// </summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Invalid request");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)), title: "Invalid request");

    public static NotFound<ProblemDetails> NotFound(string field, string message) =>
        TypedResults.NotFound(Details(StatusCodes.Status404NotFound, "Not found", field, message));

    public static Conflict<ProblemDetails> Conflict(string field, string message) =>
        TypedResults.Conflict(Details(StatusCodes.Status409Conflict, "Conflict", field, message));

    static ProblemDetails Details(int status, string title, string field, string message) =>
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status, Title = title, Detail = message,
        };
}
