using System.Text.Json;

namespace ChatAppraisal.Tests.Admin;

public class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocumentListsExactlyTheRoutesOfTheTable()
    {
        using var api = new AdminApiFactory();
        var document = await (await api.Client(key: null).GetAsync("/openapi/v1.json")).ReadJson();

        var listed = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();

        Assert.Equal(RouteTable.All.Select(r => $"{r.Method} {r.Template}").Order(), listed);
    }

    [Fact]
    public async Task EveryApiOperationDeclaresTheKeyAndItsErrors()
    {
        using var api = new AdminApiFactory();
        var document = await (await api.Client(key: null).GetAsync("/openapi/v1.json")).ReadJson();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        foreach (var route in RouteTable.All.Where(r => r.Template.StartsWith("/api/")))
        {
            var operation = document.GetProperty("paths").GetProperty(route.Template).GetProperty(route.Method.ToLowerInvariant());
            Assert.True(operation.TryGetProperty("security", out var security) && security.GetArrayLength() == 1, $"{route.Method} {route.Template} has no security");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{route.Method} {route.Template} does not document 401");
            Assert.True(responses.TryGetProperty(route.Expected.ToString(), out _), $"{route.Method} {route.Template} does not document {route.Expected}");
        }
    }

    [Fact]
    public async Task NotFoundAndConflictAreDocumentedAsProblemDetails()
    {
        using var api = new AdminApiFactory();
        var document = await (await api.Client(key: null).GetAsync("/openapi/v1.json")).ReadJson();
        var responses = document.GetProperty("paths").GetProperty("/api/villages/{id}").GetProperty("put").GetProperty("responses");
        foreach (var status in new[] { "400", "404", "409" })
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), $"{status} is not problem+json");
    }

    [Fact]
    public async Task ScalarReferenceIsServedFromTheAppWithoutCdnFontsOrTelemetry()
    {
        using var api = new AdminApiFactory();
        var client = api.Client(key: null);

        var html = await client.GetStringAsync("/scalar/");

        Assert.Contains("<script src=\"scalar.js\"></script>", html);
        Assert.Contains("\"withDefaultFonts\":false", html);
        Assert.Contains("\"telemetry\":false", html);
        Assert.DoesNotContain("https://", html);
        Assert.True((await client.GetAsync("/scalar/scalar.js")).IsSuccessStatusCode);
    }
}
