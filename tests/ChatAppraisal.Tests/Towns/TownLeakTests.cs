using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Admin;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Towns;

/// <summary>
/// Nothing of one town reaches another's API or pages: every GET route of the admin API, under a town's key and the county's,
/// with every id either town uses; every console page a town's admin reaches by its links, downloads included, and the
/// sheets of every village id. Each answer (JSON, HTML, the text inside a workbook or zip, a download's file name) is read
/// for the other town's village, member and town names.
/// </summary>
public sealed partial class TownLeakTests : IAsyncLifetime
{
    WebChatApp _app = null!;
    TwoTownsData _first = null!, _second = null!;

    public Task InitializeAsync()
    {
        _app = WebChatApp.Start();
        (_first, _second) = TwoTownsData.Fill(_app.Services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_app.Folder, recursive: true); } catch (IOException) { }
    }

    IEnumerable<int> EveryId => Enumerable.Range(1, _first.VillageIds.Concat(_second.VillageIds).Max() + 2);

    HttpClient Api(string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    async Task<string> TownKey(int town)
    {
        using var county = Api(WebChatApp.ApiKey);
        var made = await county.PostAsync($"/api/towns/{town}/keys", null);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        return JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
    }

    [Fact]
    public async Task EveryGetRouteOfOneTownShowsNothingOfTheOther()
    {
        var firstKey = await TownKey(_first.Town);
        var secondKey = await TownKey(_second.Town);
        var walks = new (string Who, string Key, string Prefix, TwoTownsData Own, TwoTownsData Other)[]
        {
            ("town 2's key", secondKey, $"/api/towns/{_second.Town}", _second, _first),
            ("the county's key on town 2", WebChatApp.ApiKey, $"/api/towns/{_second.Town}", _second, _first),
            ("town 1's key on the old paths", firstKey, "/api", _first, _second),
            ("the county's key on town 1", WebChatApp.ApiKey, $"/api/towns/{_first.Town}", _first, _second),
        };
        var routes = RouteTable.All.Where(r => r.Method == "GET" && r.Template.StartsWith("/api/", StringComparison.Ordinal)
                                               && !r.Template.StartsWith("/api/towns", StringComparison.Ordinal)).ToList();
        foreach (var walk in walks)
        {
            using var client = Api(walk.Key);
            var seen = new StringBuilder();
            foreach (var route in routes)
            {
                var path = walk.Prefix + route.Template["/api".Length..];
                var ids = path.Contains("{id}") ? EveryId : [0];
                foreach (var id in ids)
                    foreach (var query in new[] { "", $"?period={id}&periodId={id}&village={id}&villageId={id}&member={id}" })
                    {
                        var url = path.Replace("{id}", id.ToString()) + query;
                        var response = await client.GetAsync(url);
                        Assert.True((int)response.StatusCode < 500, $"{walk.Who}: GET {url} answered {(int)response.StatusCode}");
                        var text = await Readable(response);
                        AssertNothingOf(walk.Other, text, $"{walk.Who}: GET {url}");
                        seen.Append(text);
                    }
            }
            // The walk reads the town's own records (so the reading above could have found the other's).
            foreach (var name in walk.Own.Villages.Concat(walk.Own.Members)) Assert.Contains(name, seen.ToString());
        }
    }

    [Fact]
    public async Task EveryConsolePageATownsAdminReachesShowsNothingOfTheOtherTown()
    {
        foreach (var (own, other) in new[] { (_second, _first), (_first, _second) })
        {
            string code;
            using (TownScope.Enter(own.Town)) code = _app.Invite("管理员" + own.Town, Role.Admin, Role.Office, Role.Examiner, Role.Leader).Code;
            using var browser = _app.Client();
            await _app.SignIn(browser, code);

            string[] start =
            [
                "/console", "/console/progress", "/console/villages", "/console/members", "/console/rubric", "/console/periods",
                "/console/audit", "/console/export", "/console/backups", "/chat",
                .. EveryId.SelectMany(id => new[]
                {
                    $"/console/villages/{id}", $"/console/villages/{id}?handler=Json", $"/console/villages/{id}?handler=Xlsx",
                    $"/console?handler=Chart&period={id}",
                }),
            ];
            var queue = new Queue<string>(start);
            var visited = new HashSet<string>(start);
            var seen = new StringBuilder();
            while (queue.TryDequeue(out var url) && visited.Count < 400)
            {
                var response = await browser.GetAsync(url);
                Assert.True((int)response.StatusCode < 500, $"{own.TownName}'s admin: GET {url} answered {(int)response.StatusCode}");
                var text = await Readable(response);
                AssertNothingOf(other, text, $"{own.TownName}'s admin: GET {url}");
                seen.Append(text);
                foreach (var link in Links(text, response))
                    if (visited.Add(link)) queue.Enqueue(link);
            }
            foreach (var name in own.Villages.Concat(own.Members)) Assert.Contains(name, seen.ToString());
            Assert.Contains(own.TownName, seen.ToString()); // two towns: the header names the admin's own
            Assert.True(visited.Count > start.Length, "the walk followed the pages' links");
        }
    }

    static void AssertNothingOf(TwoTownsData other, string text, string where)
    {
        foreach (var name in other.Names)
            Assert.False(text.Contains(name, StringComparison.Ordinal), $"{where} shows {name}, of {other.TownName}:\n{Around(text, name)}");
    }

    static string Around(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return text[Math.Max(0, at - 200)..Math.Min(text.Length, at + 200)];
    }

    /// <summary>Local links a person could follow: the console's pages and downloads, never the sign-out or another origin.</summary>
    static IEnumerable<string> Links(string html, HttpResponseMessage response)
    {
        if (response.Headers.Location is { } location && !location.IsAbsoluteUri) yield return location.OriginalString;
        foreach (Match m in LinkAttribute().Matches(html))
        {
            var link = WebUtility.HtmlDecode(m.Groups[1].Value);
            if (link.StartsWith("/console", StringComparison.Ordinal) && !link.Contains("town=", StringComparison.Ordinal)) yield return link;
        }
    }

    [GeneratedRegex("(?:href|src)=\"(/[^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();

    /// <summary>What a person would read in the answer: its text with HTML and JSON escapes undone, the text inside a zip (xlsx), and its file name.</summary>
    static async Task<string> Readable(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new StringBuilder(Uri.UnescapeDataString(response.Content.Headers.ContentDisposition?.ToString() ?? "")).Append('\n');
        if (bytes is [(byte)'P', (byte)'K', ..])
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            foreach (var entry in zip.Entries)
            {
                text.Append(entry.FullName).Append('\n');
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                text.Append(await reader.ReadToEndAsync()).Append('\n');
            }
        }
        else if (response.Content.Headers.ContentType?.MediaType is not ("image/png" or "image/jpeg"))
            text.Append(Encoding.UTF8.GetString(bytes));
        var decoded = WebUtility.HtmlDecode(text.ToString());
        return JsonEscape().Replace(decoded, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
    }
}
