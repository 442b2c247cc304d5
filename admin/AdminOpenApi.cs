using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ChatAppraisal.Admin.ApiKey;

namespace ChatAppraisal.Admin;

/// <summary>The OpenAPI document's title, and the X-Api-Key scheme on every operation that needs it (so Scalar asks for the key).</summary>
static class AdminOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ChatAppraisal admin API";
            document.Info.Description =
                "Villages, members and invites, rubric, periods and policy, ranking, sheets and audit of the township's appraisal. " +
                $"Every /api route needs the {AdminApiKey.Header} header (see Admin:ApiKey, or the <database>.apikey file).";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[AdminApiKey.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AdminApiKey.Header,
                Description = "The admin API key.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKey>().Any())
            {
                operation.Responses?.TryAdd("401", new OpenApiResponse { Description = $"The {AdminApiKey.Header} header is missing or wrong (empty body)." });
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(AdminApiKey.SchemeName, context.Document)] = [],
                });
            }
            return Task.CompletedTask;
        });
    }
}
