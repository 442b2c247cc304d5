namespace ChatAppraisal.Tests.Admin;

/// <summary>
/// Every admin route, with a body that works on <see cref="Seed"/>'s database and the status it then answers.
/// The key tests run each route three times; the OpenAPI test checks the document lists exactly these.
/// </summary>
static class RouteTable
{
    public sealed record Route(string Method, string Template, string? Body, int Expected)
    {
        public string Path => Template.Replace("{id}", "1").Replace("{townId}", "1");
    }

    static readonly string Policy = """{"onsiteWeight":0.9,"leaderWeight":0.1,"leaderAggregation":"trimmed","capCategoryAtMax":true}""";

    public static readonly Route[] All =
    [
        new("GET", "/healthz", null, 200),
        new("GET", "/api/villages", null, 200),
        new("POST", "/api/villages", """{"name":"马家村"}""", 201),
        new("PUT", "/api/villages/{id}", """{"name":"新庄一村"}""", 200),
        new("DELETE", "/api/villages/{id}", null, 204),
        new("GET", "/api/villages/{id}/sheet", null, 200),
        new("POST", "/api/villages/{id}/unseal", """{"reason":"录入有误"}""", 409),
        new("GET", "/api/members", null, 200),
        new("POST", "/api/members", """{"name":"李四","roles":["leader"]}""", 201),
        new("PUT", "/api/members/{id}", """{"name":"张三","roles":["office"]}""", 200),
        new("POST", "/api/members/{id}/invite", null, 200),
        new("DELETE", "/api/members/{id}", null, 204),
        new("GET", "/api/rubric", null, 200),
        new("PUT", "/api/rubric", ChatAppraisal.Rubrics.RubricJson.SeedText(), 200),
        new("POST", "/api/rubric/import", """{"plan":"一、党建工作（10分）"}""", 415), // takes text or a file, not JSON (see RubricImportApiTests)
        new("GET", "/api/rubric.xlsx", null, 200),
        new("PUT", "/api/rubric.xlsx", """{"categories":[]}""", 415), // takes the workbook, not JSON (see RubricSheetTests)
        new("GET", "/api/periods", null, 200),
        new("POST", "/api/periods", """{"name":"2018年度"}""", 201),
        new("POST", "/api/periods/{id}/activate", null, 200),
        new("GET", "/api/periods/{id}/policy", null, 200),
        new("PUT", "/api/periods/{id}/policy", Policy, 200),
        new("GET", "/api/ranking", null, 200),
        new("GET", "/api/ranking.png", null, 200),
        new("GET", "/api/export.xlsx", null, 200),
        new("GET", "/api/audit", null, 200),
        new("GET", "/api/villages/{id}/attachments", null, 200),
        new("GET", "/api/attachments/{id}", null, 404),      // the seed has no attachment (see Evidence/AttachmentsApiTests)
        new("DELETE", "/api/attachments/{id}", null, 404),
        new("PUT", "/api/villages/{id}/visit", """{"at":"2018-01-15T09:00:00+08:00","note":"村委会议室"}""", 200),
        new("DELETE", "/api/villages/{id}/visit", null, 404),
        new("GET", "/api/schedule", null, 200),
        new("POST", "/api/villages/{id}/ballots", """{"slips":3}""", 201),
        new("GET", "/api/ballots/{id}", null, 404),
        new("POST", "/api/ballots/{id}/slips", """{"slips":2}""", 404),
        new("POST", "/api/ballots/{id}/close", null, 404),
        new("GET", "/api/periods/{id}/ballot-policy", null, 200),
        new("PUT", "/api/periods/{id}/ballot-policy", """{"weights":{"好":1,"较好":0.8,"一般":0.6,"较差":0},"items":[{"category":"党建工作","item":"民主测评"}]}""", 200),
        new("GET", "/api/periods/{id}/reminders", null, 200),
        new("PUT", "/api/periods/{id}/reminders", """{"morning":"08:00","evening":"19:30","ratingsDueBy":"2018-01-18"}""", 200),
        new("GET", "/api/backups", null, 200),
        new("POST", "/api/backups", null, 201),
        new("POST", "/api/periods/{id}/publish", """{"workingDays":5}""", 409), // the seed's sheets are not sealed (see Publication/PublicationTests)
        new("GET", "/api/periods/{id}/publication", null, 404),
        new("GET", "/api/objections", null, 200),
        new("POST", "/api/objections/{id}/uphold", """{"score":13}""", 404),
        new("POST", "/api/objections/{id}/reject", """{"reason":"记录不全"}""", 404),
        new("GET", "/api/towns", null, 200),
        new("POST", "/api/towns", """{"name":"柳河镇"}""", 201),
        new("POST", "/api/towns/{townId}/keys", null, 201),
        new("DELETE", "/api/towns/{townId}/keys/{id}", null, 404), // the seed has no town key (see Towns/TownsApiTests)
    ];

    /// <summary>Village 1 (新庄村) and member 1 (张三, examiner): what the routes' ids refer to.</summary>
    public static void Seed(AdminApiFactory api)
    {
        api.AddVillage("新庄村");
        api.AddMember("张三", ChatAppraisal.Members.Role.Examiner);
    }

    public static TheoryData<string, string, string> WithKeys()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var route in All)
            foreach (var key in new[] { "none", "wrong", "right" })
                data.Add(route.Method, route.Template, key);
        return data;
    }

    public static Route Find(string method, string template) => All.Single(r => r.Method == method && r.Template == template);
}
