using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Members;

/// <summary>The roles' names as typed in chat and sent over the admin API: examiner, group-leader, leader, office, admin.</summary>
public static class RoleNames
{
    static readonly (Role Role, string Name)[] All =
    [
        (Role.Examiner, "examiner"),
        (Role.GroupLeader, "group-leader"),
        (Role.Leader, "leader"),
        (Role.Office, "office"),
        (Role.Admin, "admin"),
    ];

    public static IEnumerable<string> Names => All.Select(r => r.Name);

    public static string Name(Role role) => All.First(r => r.Role == role).Name;

    public static bool TryParse(string text, out Role role)
    {
        foreach (var (r, name) in All)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
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
