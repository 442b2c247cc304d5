using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace ChatAppraisal.Admin;

/// <summary>
/// Turns what request binding rejects (malformed JSON, a string where a number belongs, "abc" for an id, a bad date)
/// into a ProblemDetails naming the field, like every other 400. Binding throws these because
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c> is set.
/// </summary>
sealed partial class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        // The exception handler has cleared the endpoint by now; its feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var (field, message) = Describe(bad, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType);
        await ApiProblems.Invalid(field, message).ExecuteAsync(context);
        return true;
    }

    /// <summary>Binding answers 415 with an empty body when the body is not JSON; say what is expected instead.</summary>
    public static async Task UnsupportedMediaType(StatusCodeContext status)
    {
        var response = status.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status415UnsupportedMediaType) return;
        const string message = "The body must be JSON, sent with Content-Type: application/json.";
        await TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [message] })
        {
            Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type", Detail = message,
        }).ExecuteAsync(status.HttpContext);
    }

    public static (string Field, string Message) Describe(BadHttpRequestException bad, Type? bodyType)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            if (json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) && field != "body")
                return (field, $"{field} must be {Expected(PropertyType(bodyType, field)) ?? "of another type"}.");
            return ("body", $"The body is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}): {WithoutPath(json.Message)}");
        }
        if (BindFailure().Match(bad.Message) is { Success: true } m)
        {
            var name = m.Groups["name"].Value;
            return (name, $"{name} must be {Expected(m.Groups["type"].Value)}, not \"{m.Groups["value"].Value}\".");
        }
        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
            return ("body", "This request needs a JSON body (Content-Type: application/json); see /openapi/v1.json for its fields.");
        return ("request", bad.Message);
    }

    /// <summary>"$.roles[1]" → "roles[1]", "$.name" → "name", "$" → "body".</summary>
    static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The type a JSON path leads to in the body type ("categories[0].items[1].max" → decimal), as a word for Expected.</summary>
    static string? PropertyType(Type? bodyType, string field)
    {
        var type = bodyType;
        foreach (var segment in field.Split('.'))
        {
            var property = type?.GetProperty(segment.Split('[')[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) return null;
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (segment.Contains('[')) type = type.IsGenericType ? type.GetGenericArguments()[0] : type.GetElementType();
        }
        if (type is null) return null;
        return type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? "list"
            : type.IsClass && type != typeof(string) ? "object" : type.Name;
    }

    static string? Expected(string? type) => type is null ? null : Regex.Replace(type, @"^Nullable<(.+)>$|\?$", "$1") switch
    {
        "int" or "Int32" or "long" or "Int64" => "a whole number",
        "bool" or "Boolean" => "true or false",
        "DateTimeOffset" or "DateTime" => "a date or time such as 2018-01-15 or 2018-01-15T09:00:00+08:00",
        "decimal" or "Decimal" => "a number such as 0.9",
        "string" or "String" => "a string",
        "list" => "a list [...]",
        "object" => "an object {...}",
        var other => $"a {other}",
    };

    static string WithoutPath(string message) => Regex.Replace(message, @" Path: .*$", "", RegexOptions.Singleline);

    // The framework's wording: Failed to bind parameter "int id" from "abc".
    [GeneratedRegex("""Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>[^"]*)".""")]
    private static partial Regex BindFailure();
}
