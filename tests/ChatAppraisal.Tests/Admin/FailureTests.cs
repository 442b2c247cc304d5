using System.Net;

namespace ChatAppraisal.Tests.Admin;

public class FailureTests
{
    [Fact]
    public async Task ClosedDatabaseMakesHealthFailAndNoStackTraceReachesTheClient()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        api.Store.Dispose();

        var health = await client.GetAsync("/healthz");
        var villages = await client.GetAsync("/api/villages");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, villages.StatusCode);
        Assert.Equal("application/problem+json", villages.Content.Headers.ContentType?.MediaType);
        var body = await villages.Content.ReadAsStringAsync();
        Assert.DoesNotContain("ObjectDisposedException", body);
        Assert.DoesNotContain(" at ChatAppraisal", body);
    }
}
