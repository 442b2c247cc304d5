using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Members;

/// <summary>The roles' codes as sent over the admin API (examiner, group-leader, leader, office, admin, village), and their names as typed in chat.</summary>
public static class RoleNames
{
    static readonly (Role Role, string Name)[] All =
    [
        (Role.Examiner, "examiner"),
        (Role.GroupLeader, "group-leader"),
        (Role.Leader, "leader"),
        (Role.Office, "office"),
        (Role.Admin, "admin"),
        (Role.Village, "village"),
        (Role.County, "county"),
    ];

    public static IEnumerable<string> Names => All.Select(r => r.Name);

    public static string Name(Role role) => All.First(r => r.Role == role).Name;

    /// <summary>The roles' names as officials type them: the console's names and the short forms in use (组长, 班子成员 …).</summary>
    static readonly (Role Role, string Name)[] Typed =
    [
        (Role.Examiner, "考核组业务人员"), (Role.Examiner, "业务人员"), (Role.Examiner, "考核员"), (Role.Examiner, "组员"),
        (Role.GroupLeader, "考核组长"), (Role.GroupLeader, "考核组组长"), (Role.GroupLeader, "组长"),
        (Role.Leader, "党政班子成员"), (Role.Leader, "班子成员"), (Role.Leader, "班子"), (Role.Leader, "领导"),
        (Role.Office, "考核办公室"), (Role.Office, "考核办"), (Role.Office, "办公室"),
        (Role.Admin, "管理员"), (Role.Admin, "管理"),
        (Role.Village, "村干部"), (Role.Village, "村两委"), (Role.Village, "村书记"),
        (Role.County, "县考核办"), (Role.County, "县考核办公室"), (Role.County, "县"),
    ];

    /// <summary>A role by its code (examiner) or its Chinese name (考核组业务人员, 组长 …).</summary>
    public static bool TryParse(string text, out Role role)
    {
        var typed = text.Trim();
        foreach (var (r, name) in All.Concat(Typed))
        {
            if (string.Equals(name, typed, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    /// <summary>
    /// Parses "examiner,leader" (commas, ASCII or full-width); returns the unknown names it met. A null in the list
    /// (JSON <c>"roles": [null]</c>) is no role: it comes back as the unknown name "null".
    /// </summary>
    public static (List<Role> Roles, List<string> Unknown) ParseList(IEnumerable<string?> names)
    {
        var roles = new List<Role>();
        var unknown = new List<string>();
        foreach (var name in names.SelectMany(n => (n ?? "null").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (TryParse(name, out var role)) { if (!roles.Contains(role)) roles.Add(role); }
            else unknown.Add(name);
        }
        return (roles, unknown);
    }
}
