using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using ChatAppraisal.Admin.ApiKey;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace ChatAppraisal.Admin;

public static class AdminApiExtensions
{
    public static WebApplicationBuilder AddAdminApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.UseUrls((builder.Configuration[$"{AdminOptions.Section}:Urls"] ?? new AdminOptions().Urls).Split(';', StringSplitOptions.RemoveEmptyEntries));

        // The key every /api route needs: configured, or generated at first start beside the database.
        builder.Services.AddSingleton<AdminApiKey>();
        builder.Services.AddHostedService<ApiKeyStartup>();

        // Errors as ProblemDetails; binding failures (malformed JSON, "abc" as an id) too, naming the field.
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestProblems>();

        // camelCase is the default; names and messages stay readable (新庄村, not \u65B0...). The API serves JSON, never HTML.
        // Numbers are JSON numbers both ways (no "0.9" strings), which also keeps the OpenAPI schema exact.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        builder.Services.AddOpenApi(AdminOpenApi.Configure);
        return builder;
    }

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(BadRequestProblems.UnsupportedMediaType);
        app.UseMiddleware<ApiKeyMiddleware>();

        app.MapGet("/healthz", Results<Ok<HealthDto>, ProblemHttpResult> (DatabaseSetup database) =>
                database.Health() switch
                {
                    { Period: { } period } => TypedResults.Ok(new HealthDto("ok", period, AppVersion.Current)),
                    var failed => TypedResults.Problem(detail: $"The database cannot be read: {failed.Failure}", statusCode: StatusCodes.Status503ServiceUnavailable),
                })
            .WithTags("Health")
            .WithSummary("200 when the database is open (no key needed)");

        // The OpenAPI document at /openapi/v1.json and a reference over it at /scalar, served from the package (no CDN).
        app.MapOpenApi();
        app.MapScalarApiReference(o => o
            .WithTitle("ChatAppraisal admin API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .AddPreferredSecuritySchemes(AdminApiKey.SchemeName));

        // Every route twice: /api/… is the default town's (a single town's tools keep working unchanged), and the same route
        // under /api/towns/{townId}/… is that town's (ApiKeyMiddleware resolves the town and checks the key). The document
        // lists each once.
        var towns = app.MapGroup("/api/towns/{" + ApiKeyMiddleware.TownRouteValue + ":int}").RequireApiKey().ExcludeFromDescription();
        foreach (var api in new[] { app.MapGroup("/api").RequireApiKey(), towns })
        {
            api.MapVillages();
            api.MapMembers();
            api.MapRubric();
            api.MapRubricImport();
            api.MapRubricSheet();
            api.MapPeriods();
            api.MapRanking();
            api.MapSheets();
            api.MapAttachments();
            api.MapAudit();
            api.MapSchedule();
            api.MapBallots();
            api.MapPublication();
            api.MapObjections();
        }
        var county = app.MapGroup("/api").RequireApiKey().WithMetadata(CountyOnly.Instance); // the whole file, the towns: not one town's
        county.MapBackups();
        county.MapTowns();
        return app;
    }
}

/// <summary>The database is readable; its active period; the program's release (Directory.Build.props).</summary>
public sealed record HealthDto(string Status, string Period, string Version);
