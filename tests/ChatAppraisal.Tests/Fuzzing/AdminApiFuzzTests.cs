using ChatAppraisal.Storage.LiteDb;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Admin;
using ChatAppraisal.Towns;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// One request to the admin API, possibly with broken UTF-8 at a given place in its body; with <see cref="TownKey"/>, sent
/// with the second town's own key instead of the county's.
/// </summary>
public sealed record ApiRequest(string Method, string Path, string? Body = null, string? ContentType = "application/json", int? BreakUtf8At = null)
{
    public bool TownKey { get; init; }

    public override string ToString() =>
        $"{Method} {Path} [{ContentType ?? "no content type"}]{(TownKey ? " town 2's key" : "")}{(BreakUtf8At is null ? "" : " broken UTF-8")} {FuzzText.Show(Body)}";
}

/// <summary>
/// Every admin API body (villages, members, rubric, periods, policy, unseal) and the ids and queries around them, fed
/// with random JSON, random values in the right fields, malformed text and wrong content types, through the bot's real
/// host. Every answer is below 500; every refusal is a ProblemDetails naming a field and changes nothing stored; every
/// change is audited; names, rubrics, policies and scores stay valid. Two towns (issue 24): each request goes to the
/// default routes or to either town's /api/towns/{townId}/… (or to a town that is not there), with the county's key or the
/// second town's own; the town not addressed never changes, no answer names its villages or members, and the second
/// town's key is refused (403) on the first town's routes.
/// </summary>
public sealed class AdminApiFuzzTests : IDisposable
{
    static readonly string[] Roles = ["examiner", "group-leader", "leader", "office", "admin", "Examiner", "ADMIN", "examiner,leader", "考核组", "", " "];
    static readonly HashSet<HttpStatusCode> Refusals =
        [HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.UnsupportedMediaType];

    readonly AdminApiFactory _api = new();
    readonly HttpClient _client;
    readonly JsonNode _rubric;
    readonly int _town2;
    readonly HttpClient _town2Client;

    public AdminApiFuzzTests()
    {
        _client = _api.Client();
        _rubric = JsonNode.Parse(_client.GetStringAsync("/api/rubric").GetAwaiter().GetResult())!;
        _town2 = _api.Get<TownList>().Add("柳河镇").Town!.Id;
        _town2Client = _api.Client(_api.Get<TownKeys>().Create(_town2).Key);
    }

    /// <summary>Villages with scores and a sealed sheet, members of every role: what the refusals of the API are about.</summary>
    void Seed()
    {
        if (_api.Store.Setup.Villages.Count() > 0) return; // FsCheck may call the property method more than once
        var xinzhuang = _api.AddVillage("新庄村");
        var dongwan = _api.AddVillage("东湾村");
        _api.AddVillage("西坪村");
        var examiner = _api.AddMember("郑亚娜", Role.Examiner);
        var leader = _api.AddMember("刘书记", Role.Leader, Role.GroupLeader);
        var book = _api.Get<ScoreBook>();
        book.SetItems(examiner, _api.Period, xinzhuang.Id, 7, [(0, 50m), (1, 37.5m)]);
        book.SetItems(examiner, _api.Period, dongwan.Id, 0, [(0, 19m)]);
        book.SetRating(leader, _api.Period, xinzhuang.Id, _api.Period.Rubric.Categories.Select(c => c.LeaderCap / 2).ToList());
        _api.Get<Sheets>().Seal(leader, _api.Period, dongwan.Id);
        // The second town: the same kinds of records under its own names.
        using var _ = TownScope.Enter(_town2);
        var period = _api.Get<Periods>().Active();
        var liuhe = _api.AddVillage("柳河村");
        var beipo = _api.AddVillage("北坡村");
        var examiner2 = _api.AddMember("赵柳河", Role.Examiner);
        var leader2 = _api.AddMember("钱北坡", Role.Leader, Role.GroupLeader);
        book.SetItems(examiner2, period, liuhe.Id, 7, [(0, 45m), (1, 40m)]);
        book.SetItems(examiner2, period, beipo.Id, 0, [(0, 18m)]);
        book.SetRating(leader2, period, liuhe.Id, period.Rubric.Categories.Select(c => c.LeaderCap).ToList());
        _api.Get<Sheets>().Seal(leader2, period, beipo.Id);
        Assert.Contains("柳河村", Dump(_town2)); // the town's records are told apart by their TownId
        Assert.DoesNotContain("柳河村", Dump(TownScope.DefaultTownId));
    }

    /// <summary>
    /// Each town's own names: what an answer about the other town may never show. Not 新庄村, 郑亚娜 nor 柳河镇: the API's
    /// refusals give them as their examples of a name (e.g. "新庄村") in every town, as the texts' examples do (docs/towns.md).
    /// </summary>
    static readonly string[] FirstTownNames = ["东湾村", "西坪村", "刘书记"];
    static readonly string[] SecondTownNames = ["柳河村", "北坡村", "赵柳河", "钱北坡"];

    static string[] Words => ["新庄村", "东湾村", "西坪村", "新庄", "郑亚娜", "刘书记", "2017年度", "2018年度", "mean", "trimmed", .. Roles];

    static Gen<string> Id => Gen.Frequency(
        (8, Gen.Choose(0, 6).Select(i => i.ToString())),
        (2, Gen.Elements("-1", "999999", "2147483647", "2147483648", "abc", "1.5", "١", "%20", "1e3", "０", "%E2%80%AE1")));

    static Gen<string> ContentType => Gen.Frequency(
        (12, Gen.Constant<string?>("application/json")),
        (1, Gen.Elements<string?>("application/json; charset=utf-8", "text/plain", null, "application/x-www-form-urlencoded", "application/json; charset=latin1", "application/problem+json")))!;

    /// <summary>The right fields with random values most of the time; otherwise any JSON or no JSON at all.</summary>
    static Gen<string> Body(string[] fields, Gen<string> typed) => Gen.Frequency(
        (6, typed),
        (2, FuzzJson.Object(fields, Words, FuzzJson.Value(fields, Words))),
        (1, FuzzJson.Value(fields, Words)),
        (1, FuzzJson.Malformed(typed)));

    static Gen<string> Name => FuzzJson.Strings(Words);

    static Gen<string> VillageBody => Body(["name"], Name.Select(n => $"{{\"name\":{n}}}"));

    static Gen<string> MemberBody => Body(["name", "roles"],
        from name in Name
        from count in Gen.Choose(0, 4)
        from roles in Gen.Frequency((6, Gen.Elements(Roles).Select(FuzzJson.String)), (1, Gen.Constant("null")), (1, FuzzJson.Numbers), (1, FuzzJson.Strings(Words))).ArrayOf(count)
        select $"{{\"name\":{name},\"roles\":[{string.Join(",", roles)}]}}");

    static Gen<string> PeriodBody => Body(["name", "copyFrom"],
        from name in Name
        from copy in Gen.Frequency((3, Gen.Constant("null")), (3, Gen.Choose(0, 4).Select(i => i.ToString())), (1, FuzzJson.Numbers), (1, FuzzJson.Strings(Words)))
        select $"{{\"name\":{name},\"copyFrom\":{copy}}}");

    static Gen<string> Weight => Gen.Frequency(
        (4, Gen.Choose(0, 100).Select(i => FuzzJson.Number(i / 100m))),
        (2, FuzzJson.Numbers),
        (1, Gen.Elements("\"0.9\"", "null", "true", "[]")));

    static Gen<string> PolicyBody => Body(["onsiteWeight", "leaderWeight", "leaderAggregation", "capCategoryAtMax"],
        from onsite in Weight
        from leader in Gen.Frequency((2, Weight.Select(w => (string?)w)), (3, Gen.Constant<string?>(null)))
        from aggregation in Gen.Frequency((4, Gen.Elements("\"mean\"", "\"trimmed\"")), (1, FuzzJson.Strings(Words)), (1, Gen.Elements("null", "1")))
        from cap in Gen.Frequency((4, Gen.Elements("true", "false")), (1, Gen.Elements("null", "\"true\"", "1")))
        // Half the time the weights sum to 1, so the policy's own checks are reached too.
        let leaderWeight = leader ?? (decimal.TryParse(onsite, System.Globalization.CultureInfo.InvariantCulture, out var o) ? FuzzJson.Number(1 - o) : "0.1")
        select $"{{\"onsiteWeight\":{onsite},\"leaderWeight\":{leaderWeight},\"leaderAggregation\":{aggregation},\"capCategoryAtMax\":{cap}}}");

    static Gen<string> UnsealBody => Body(["reason"], Name.Select(r => $"{{\"reason\":{r}}}"));

    /// <summary>The rubric as GET shows it, with one to three things changed: a value, a field's type, an item or category removed or added.</summary>
    Gen<string> RubricBody => Body(["title", "categories", "name", "group", "alias", "max", "leaderCap", "items"],
        from count in Gen.Choose(0, 3)
        from changes in (from kind in Gen.Choose(0, 11) from at in Gen.Choose(0, 10_000) from value in FuzzJson.Value(["name", "max"], Words, 1)
                         select (kind, at, value)).ArrayOf(count)
        select Mutate(changes));

    string Mutate((int Kind, int At, string Value)[] changes)
    {
        var rubric = _rubric.DeepClone();
        rubric.AsObject().Remove("warnings");
        var categories = rubric["categories"]!.AsArray();
        // Values go in as placeholders and are put back as raw text: a JsonNode cannot hold what a hostile client sends (lone surrogates).
        var raw = new List<string>();
        foreach (var (kind, at, text) in changes)
        {
            var value = $"\"@@raw{raw.Count}@@\"";
            raw.Add(text);
            if (categories.Count == 0) break;
            if (categories[at % categories.Count] is not JsonObject category) continue;
            var items = category["items"] as JsonArray ?? [];
            var field = new[] { "name", "group", "alias", "max", "leaderCap", "items" }[at % 6];
            switch (kind)
            {
                case 0: category[field] = JsonNode.Parse(value); break;
                case 1 when items.Count > 0 && items[at % items.Count] is JsonObject item: item["max"] = JsonNode.Parse(value); break;
                case 2 when items.Count > 0 && items[at % items.Count] is JsonObject item: item["name"] = JsonNode.Parse(value); break;
                case 3 when items.Count > 0: items.RemoveAt(at % items.Count); break;
                case 4: categories.RemoveAt(at % categories.Count); break;
                case 5: categories.Add(category.DeepClone()); break;
                case 6: for (var i = 0; i < at % 300; i++) items.Add(new JsonObject { ["name"] = $"项{i}", ["max"] = 1 }); break;
                case 7: category["max"] = (at % 300) - 50; break;
                case 8: category["leaderCap"] = decimal.Round(at / 100m, at % 4); break;
                case 9 when items.Count > 0: items[at % items.Count] = null; break;
                case 10: categories[at % categories.Count] = null; break;
                default: rubric["title"] = JsonNode.Parse(value); break;
            }
        }
        var json = rubric.ToJsonString();
        for (var i = 0; i < raw.Count; i++) json = json.Replace($"\"@@raw{i}@@\"", raw[i]);
        return json;
    }

    static Gen<ApiRequest> WithBody(string method, Gen<string> path, Gen<string> body) =>
        from p in path
        from b in body
        from type in ContentType
        from broken in Gen.Frequency((20, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 100).Select(i => (int?)i)))
        select new ApiRequest(method, p, b, type, broken);

    static Gen<ApiRequest> Bare(string method, Gen<string> path) => path.Select(p => new ApiRequest(method, p, null, null));

    static Gen<string> Path(string format) => Id.Select(id => string.Format(format, id));

    static Gen<string> AuditQuery =>
        from page in Gen.Frequency((3, Gen.Choose(-2, 5).Select(i => i.ToString())), (2, Gen.Choose(4_000_000, int.MaxValue).Select(i => i.ToString())),
            (2, Gen.Elements("2147483647", "1073741825", "4294967296", "abc", "")))
        from size in Gen.Frequency((3, Gen.Choose(-1, 600).Select(i => i.ToString())), (1, Gen.Elements("2147483647", "500", "0", "x")))
        from village in Gen.Elements("", "&village=1", "&village=-1", "&village=abc", "&village=99999999999")
        from member in Gen.Elements("", "&member=0", "&member=1", "&member=x")
        from since in Gen.Elements("", "&since=2018-01-15", "&since=yesterday", "&since=9999-12-31T23:59:59Z", "&since=0001-01-01T00:00:00%2B14:00", "&since=2018-01-15T09:00:00%2B08:00")
        select $"/api/audit?page={page}&pageSize={size}{village}{member}{since}";

    /// <summary>A request of the one-town API sent as it is, under a town's routes, or with the second town's key.</summary>
    Gen<ApiRequest> InATown(Gen<ApiRequest> requests) =>
        from request in requests
        from town in Gen.Frequency((4, Gen.Constant("")), (2, Gen.Constant("/towns/1")), (4, Gen.Constant($"/towns/{_town2}")), (1, Gen.Elements("/towns/99", "/towns/0")))
        from townKey in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select request with { Path = "/api" + town + request.Path["/api".Length..], TownKey = townKey };

    /// <summary>The town a path addresses: the default routes are the first town's; null for a town that is not there.</summary>
    int? TownOf(string path) =>
        !path.StartsWith("/api/towns/", StringComparison.Ordinal) ? TownScope.DefaultTownId
        : int.Parse(path["/api/towns/".Length..].Split('/')[0]) is var id && (id == TownScope.DefaultTownId || id == _town2) ? id : null;

    Gen<ApiRequest> AnyRequest => InATown(OneTownRequest);

    Gen<ApiRequest> OneTownRequest => Gen.Frequency(
        (4, WithBody("POST", Gen.Constant("/api/villages"), VillageBody)),
        (4, WithBody("PUT", Path("/api/villages/{0}"), VillageBody)),
        (2, from force in Gen.Elements("", "?force=true", "?force=false", "?force=yes", "?force=1", "?force=")
            from path in Path("/api/villages/{0}" + force)
            select new ApiRequest("DELETE", path, null, null)),
        (4, WithBody("POST", Gen.Constant("/api/members"), MemberBody)),
        (4, WithBody("PUT", Path("/api/members/{0}"), MemberBody)),
        (1, Bare("POST", Path("/api/members/{0}/invite"))),
        (1, Bare("DELETE", Path("/api/members/{0}"))),
        (4, WithBody("POST", Gen.Constant("/api/periods"), PeriodBody)),
        (1, Bare("POST", Path("/api/periods/{0}/activate"))),
        (4, WithBody("PUT", Path("/api/periods/{0}/policy"), PolicyBody)),
        (3, WithBody("POST", Path("/api/villages/{0}/unseal"), UnsealBody)),
        (2, WithBody("PUT", Gen.Constant("/api/rubric"), RubricBody)),
        (2, Bare("GET", AuditQuery)),
        (1, Bare("GET", Gen.Elements("/api/villages", "/api/members", "/api/periods", "/api/rubric", "/api/ranking"))),
        (1, Bare("GET", Gen.OneOf(Path("/api/villages/{0}/sheet"), Path("/api/periods/{0}/policy")))));

    [FuzzProperty(300)]
    public Property EveryBodyIsAnsweredBelow500AndARefusalChangesNothing()
    {
        Seed();
        return Prop.ForAll(AnyRequest.ToArbitrary(), request => Check(request));
    }

    /// <summary>On a period with nothing entered yet the rubric can be replaced: its validation meets every mutation.</summary>
    [FuzzProperty(100)]
    public Property EveryRubricIsValidatedBeforeItReplacesTheOldOne() =>
        Prop.ForAll(InATown(WithBody("PUT", Gen.Constant("/api/rubric"), RubricBody)).ToArbitrary(), request => Check(request));

    Property Check(ApiRequest request)
    {
        var town = TownOf(request.Path);
        var other = town == _town2 ? TownScope.DefaultTownId : _town2;
        var before = Dump();
        var otherBefore = Dump(other);
        var lastAudit = LastAuditId(town ?? TownScope.DefaultTownId);
        var otherAudit = LastAuditId(other);
        var (status, type, text) = Send(request);
        var context = $"{request}\n→ {(int)status} {type} {FuzzText.Show(text)}";

        // The town not addressed: nothing of it changes, and no answer names what only it holds.
        Assert.True(otherBefore == Dump(other), $"A request to town {town} changed town {other}\n{context}");
        Assert.Equal(otherAudit, LastAuditId(other));
        var ours = town is { } t ? StoredNames(t) : [];
        foreach (var name in (other == _town2 ? SecondTownNames : FirstTownNames).Where(n => !ours.Any(o => o.Contains(n)) && !(request.Path + request.Body).Contains(n)))
            Assert.False(text.Contains(name), $"An answer about town {town} names {name} of town {other}\n{context}");
        if (request.TownKey && town != _town2)
        {
            // 403; or 415 for a body that is not JSON, which routing answers before the key is looked at (nothing opened).
            Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.UnsupportedMediaType, $"Town {_town2}'s key opened town {town?.ToString() ?? "(none)"}'s route\n{context}");
            Assert.True(before == Dump(), $"A refused key changed what is stored\n{context}");
            return Prop.ToProperty(true).Collect("403 another town's key");
        }
        if (town is null)
        {
            // Refused (404, or the body's own refusal found first) and nothing stored.
            Assert.True(Refusals.Contains(status) && before == Dump(), $"A town that is not there was answered\n{context}");
            return Prop.ToProperty(true).Collect($"{(int)status} no such town");
        }
        using var scope = TownScope.Enter(town.Value);

        Assert.True((int)status < 500, $"A server error\n{context}\n{string.Join("\n", _api.Logs.TakeLast(5))}");
        Assert.DoesNotContain(_api.Logs, line => line.StartsWith("Error:") || line.StartsWith("Critical:"));
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent || Refusals.Contains(status),
            $"An unexpected status\n{context}");

        var after = Dump();
        if (Refusals.Contains(status))
        {
            Assert.Equal("application/problem+json", type);
            using var problem = JsonDocument.Parse(text);
            var errors = problem.RootElement.GetProperty("errors");
            Assert.True(errors.EnumerateObject().Any(e => e.Value.EnumerateArray().Any(m => m.GetString() is { Length: > 0 })), $"A refusal without a reason\n{context}");
            Assert.True(before == after, $"A refused request changed what is stored\n{context}");
            Assert.Equal(lastAudit, LastAuditId(town.Value));
        }
        else if (before != after)
        {
            Assert.True(LastAuditId(town.Value) > lastAudit, $"A change without an audit entry\n{context}");
        }
        CheckStoredData(context);
        if (status == HttpStatusCode.OK && request.Path.Contains("/audit?", StringComparison.Ordinal)) CheckAuditPage(text, context);
        return Prop.ToProperty(true).Collect($"{request.Method} {(int)status}");
    }

    /// <summary>A page holds what lies between (page − 1) × pageSize and page × pageSize of the matching entries, counted without overflow.</summary>
    static void CheckAuditPage(string text, string context)
    {
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        long page = root.GetProperty("page").GetInt32(), size = root.GetProperty("pageSize").GetInt32(), total = root.GetProperty("total").GetInt32();
        var expected = Math.Clamp(total - (page - 1) * size, 0, size);
        Assert.True(root.GetProperty("entries").GetArrayLength() == expected,
            $"page {page} of {size} over {total} entries holds {root.GetProperty("entries").GetArrayLength()}, not {expected}\n{context}");
    }

    (HttpStatusCode Status, string? Type, string Text) Send(ApiRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Body is { } body)
        {
            var bytes = Encoding.UTF8.GetBytes(body).ToList();
            if (request.BreakUtf8At is { } at) bytes.InsertRange(at * bytes.Count / 100, new byte[] { 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80 });
            message.Content = new ByteArrayContent(bytes.ToArray());
            if (request.ContentType is { } type) message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        var response = (request.TownKey ? _town2Client : _client).SendAsync(message).GetAwaiter().GetResult();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }

    /// <summary>Everything stored but the audit trail (which is checked by its last id), as text; with a town, only that town's records.</summary>
    string Dump(int? town = null)
    {
        var db = _api.Store.LiteDatabase();
        bool Ours(LiteDB.BsonDocument d) => town is not { } id || (d.TryGetValue("TownId", out var owner) && owner.IsInt32 && owner.AsInt32 == id);
        return string.Join("\n", db.GetCollectionNames().Where(n => n != "audit").Order(StringComparer.Ordinal)
            .Select(n => n + ": " + string.Join("\n", db.GetCollection(n).FindAll().Where(Ours).Select(d => LiteDB.JsonSerializer.Serialize(d)))));
    }

    long LastAuditId(int town)
    {
        using var _ = TownScope.Enter(town);
        return _api.Store.Audit.Entries.Page(null, newestFirst: true, 0, 1).Items.FirstOrDefault()?.Id ?? 0;
    }

    /// <summary>The names of a town's villages, members and periods as they stand: what its answers may show.</summary>
    List<string> StoredNames(int town)
    {
        using var _ = TownScope.Enter(town);
        var store = _api.Store;
        return [.. store.Setup.Villages.FindAll().Select(v => v.Name), .. store.Roster.Members.FindAll().Select(m => m.Name), .. store.Setup.Periods.FindAll().Select(p => p.Name)];
    }

    /// <summary>What the API may never leave behind: bad names, two active periods, an invalid rubric or policy, scores off their rubric.</summary>
    void CheckStoredData(string context)
    {
        var store = _api.Store;
        void Names<T>(IEnumerable<T> docs, Func<T, string> name, string what)
        {
            var names = docs.Select(name).ToList();
            Assert.All(names, n => Assert.True(Appraisal.Names.Clean(n) == n, $"{what} name {FuzzText.Show(n)} stored\n{context}"));
            Assert.True(names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count, $"two {what}s share a name: {string.Join(", ", names)}\n{context}");
        }
        Names(store.Setup.Villages.FindAll(), v => v.Name, "village");
        Names(store.Roster.Members.FindAll().Where(m => !m.Removed), m => m.Name, "member");
        Names(store.Setup.Periods.FindAll(), p => p.Name, "period");
        var periods = store.Setup.Periods.FindAll().ToList();
        Assert.Single(periods, p => p.Active);
        foreach (var period in periods)
        {
            RubricJson.Parse(period.RubricJson);
            Assert.True(period.Policy.Errors().Count == 0, $"period {period.Id} holds an invalid policy\n{context}");
        }
        var active = _api.Get<Periods>().Active();
        var rubric = active.Rubric;
        foreach (var score in store.Scores.Items.Find(s => s.PeriodId == active.Id))
            Assert.True(score.Category < rubric.Categories.Count && score.Item < rubric.Categories[score.Category].Items.Count
                && Points.IsValid(score.Value, rubric.Categories[score.Category].Items[score.Item].Max), $"score {score.Id} = {score.Value} off its rubric\n{context}");
    }

    public void Dispose()
    {
        _client.Dispose();
        _town2Client.Dispose();
        _api.Dispose();
    }
}
