using System.Net;
using ChatAppraisal.Admin.ApiKey;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Admin;

public class ApiKeyTests(ApiKeyTests.SeededApi seeded) : IClassFixture<ApiKeyTests.SeededApi>
{
    /// <summary>
    /// One seeded API for every request that changes nothing (the reads, and every refused request, which the test
    /// proves changes nothing): a host started for each of the ~180 cases made this class the run's longest.
    /// </summary>
    public sealed class SeededApi : IDisposable
    {
        public SeededApi() => RouteTable.Seed(Api);
        internal AdminApiFactory Api { get; } = new();
        public void Dispose() => Api.Dispose();
    }

    [Theory]
    [MemberData(nameof(RouteTable.WithKeys), MemberType = typeof(RouteTable))]
    public async Task EveryApiRouteAnswersOnlyTheRightKey(string method, string template, string key)
    {
        var route = RouteTable.Find(method, template);
        using var own = key == "right" && route.Method != "GET" ? new AdminApiFactory() : null;
        if (own is not null) RouteTable.Seed(own);
        var api = own ?? seeded.Api;
        var auditBefore = api.Store.Audit.Entries.Count();
        var client = api.Client(key switch { "right" => AdminApiFactory.Key, "wrong" => AdminApiFactory.Key + "x", _ => null });

        var response = await client.Send(route.Method, route.Path, route.Body);
        var body = await response.Content.ReadAsStringAsync();

        if (key == "right" || !route.Template.StartsWith("/api/"))
        {
            Assert.True((int)response.StatusCode == route.Expected, $"{method} {route.Path}: expected {route.Expected}, got {(int)response.StatusCode}: {body}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("", body);
            Assert.Equal(auditBefore, api.Store.Audit.Entries.Count());
        }
    }

    [Fact]
    public async Task MalformedBodyWithoutKeyGetsOnly401()
    {
        using var api = new AdminApiFactory();
        var response = await api.Client(key: null).Send("POST", "/api/villages", "{\"name\": ");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task KeySentTwiceIsRefused()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminApiFactory.Key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/villages")).StatusCode);
    }

    [Fact]
    public async Task WithoutConfiguredKeyOneIsGeneratedBesideTheDatabaseReadableByItsOwnerOnly()
    {
        using var api = new AdminApiFactory(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(key: null).GetAsync("/api/villages")).StatusCode);

        var file = api.DatabasePath + ".apikey";
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var key = File.ReadAllText(file).Trim();
        Assert.True(key.Length >= 40);
        Assert.Equal(HttpStatusCode.OK, (await api.Client(key).GetAsync("/api/villages")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(AdminApiFactory.Key).GetAsync("/api/villages")).StatusCode);
    }

    [Fact]
    public async Task GeneratedKeyIsLoggedByWhereItIsNeverByItself()
    {
        using var api = new AdminApiFactory(apiKey: null);
        await api.Client(key: null).GetAsync("/healthz");
        var key = File.ReadAllText(api.DatabasePath + ".apikey").Trim();

        var lines = api.Logs.Where(l => l.Contains(".apikey")).ToList();
        Assert.Single(lines);
        Assert.Contains(api.DatabasePath + ".apikey", lines[0]);
        Assert.DoesNotContain(api.Logs, l => l.Contains(key));
    }

    [Fact]
    public async Task GeneratedKeySurvivesARestart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string key;
            using (var first = new AdminApiFactory(apiKey: null, folder: folder))
            {
                await first.Client(key: null).GetAsync("/healthz");
                key = File.ReadAllText(first.DatabasePath + ".apikey").Trim();
                Assert.Equal(ApiKeySource.GeneratedFile, first.Get<AdminApiKey>().Source);
            }
            using var second = new AdminApiFactory(apiKey: null, folder: folder);
            Assert.Equal(HttpStatusCode.OK, (await second.Client(key).GetAsync("/api/villages")).StatusCode);
            Assert.Equal(ApiKeySource.ExistingFile, second.Get<AdminApiKey>().Source);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ConfiguredKeyTooShortStopsStartUpNamingTheSetting()
    {
        using var api = new AdminApiFactory(apiKey: "short");
        var error = Assert.ThrowsAny<OptionsValidationException>(() => api.CreateClient());
        Assert.Contains("Admin:ApiKey", error.Message);
    }

    [Fact]
    public async Task HealthNeedsNoKey()
    {
        using var api = new AdminApiFactory();
        var health = await (await api.Client(key: null).GetAsync("/healthz")).ReadJson();
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("2017年度", health.GetProperty("period").GetString());
        Assert.Equal(AppVersion.Current, health.GetProperty("version").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", AppVersion.Current);
    }
}
