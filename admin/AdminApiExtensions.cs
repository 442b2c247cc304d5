using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Admin;

public static class AdminApiExtensions
{
    public static WebApplicationBuilder AddAdminApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.UseUrls((builder.Configuration[$"{AdminOptions.Section}:Urls"] ?? new AdminOptions().Urls).Split(';', StringSplitOptions.RemoveEmptyEntries));
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (AppraisalStore store) => store.Periods.Count() >= 0 ? TypedResults.Ok("ok") : Results.StatusCode(503) as IResult);
        return app;
    }
}
