using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Admin;

/// <summary>
/// Every error is a ProblemDetails (application/problem+json) whose <c>errors</c> names the field at fault
/// ({"name": ["..."]}) and whose <c>detail</c> says the same in a sentence: 400 invalid input, 404 unknown id,
/// 409 conflict with what is stored.
/// </summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Invalid request");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)), title: "Invalid request");

    public static NotFoundProblem NotFound(string field, string message) =>
        new(Details(StatusCodes.Status404NotFound, "Not found", field, message));

    public static ConflictProblem Conflict(string field, string message) =>
        new(Details(StatusCodes.Status409Conflict, "Conflict", field, message));

    static HttpValidationProblemDetails Details(int status, string title, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Title = title, Detail = message };
}

/// <summary>
/// A ProblemDetails answer whose status is in its type, so a handler's <c>Results&lt;…&gt;</c> lists every outcome and
/// the OpenAPI document shows it. (<c>NotFound&lt;ProblemDetails&gt;</c> would send application/json, not problem+json.)
/// </summary>
public abstract class StatusProblem(ProblemDetails problem) : IResult, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>, IValueHttpResult
{
    public ProblemDetails Value => problem;
    object? IValueHttpResult.Value => problem;
    public int? StatusCode => problem.Status;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(problem).ExecuteAsync(httpContext);

    protected static void Describe(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}

public sealed class NotFoundProblem(ProblemDetails problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status404NotFound);
}

public sealed class ConflictProblem(ProblemDetails problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status409Conflict);
}
