using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatAppraisal.Tests.Admin;

/// <summary>Small helpers so tests read as the requests they make.</summary>
static class Http
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static Task<HttpResponseMessage> Send(this HttpClient client, string method, string path, string? json = null) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        });

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Json);

    public static Task<HttpResponseMessage> Put(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body, Json);

    public static async Task<T> Read<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        (await response.Read<JsonDocument>(expected)).RootElement;

    /// <summary>Asserts a ProblemDetails with this status whose errors name <paramref name="field"/>; returns that field's message.</summary>
    public static async Task<string> Problem(this HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name '{field}': {text}");
        var message = messages[0].GetString()!;
        Assert.Contains(message, problem.GetProperty("detail").GetString());
        return message;
    }
}
