using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// A database for the process tests: one village per examiner (试验村01…), each examiner bound to a Telegram account. With
/// two towns, every second examiner and their village (柳河村02, 柳河村04…) belong to a second town, 柳河镇, with its own period.
/// </summary>
public static class ExaminersDatabase
{
    public const string SecondTown = "柳河镇";

    /// <returns>The villages' names; examiner i has Telegram user id <paramref name="firstUserId"/> + i.</returns>
    public static List<string> Seed(string path, int examiners, long firstUserId) =>
        Seed(path, examiners, firstUserId, towns: 1).Select(v => v.Village).ToList();

    /// <returns>Each examiner's village and town, in order; examiner i has Telegram user id <paramref name="firstUserId"/> + i.</returns>
    public static List<(string Village, int Town)> Seed(string path, int examiners, long firstUserId, int towns)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var store = new AppraisalStore(path);
        new DatabaseSetup(store, new Periods(store), time).EnsureInitialized("2017年度");
        var second = TownScope.DefaultTownId;
        if (towns > 1)
            second = store.Write(() =>
            {
                var town = new TownDoc { Name = SecondTown, CreatedAt = DateTime.UtcNow };
                store.Towns.Towns.Insert(town);
                using (TownScope.Enter(town.Id)) DatabaseSetup.CreatePeriod(store, "2017年度", time);
                return town.Id;
            });
        var members = new MemberDirectory(store, time);
        var villages = new List<(string, int)>();
        for (var i = 0; i < examiners; i++)
        {
            var town = towns > 1 && i % 2 == 1 ? second : TownScope.DefaultTownId;
            using var _ = TownScope.Enter(town);
            var name = $"{(town == TownScope.DefaultTownId ? "试验村" : "柳河村")}{i + 1:00}";
            store.Write(() => store.Setup.Villages.Insert(new VillageDoc { Name = name, CreatedAt = DateTime.UtcNow }));
            var member = members.Add($"考核员{i + 1:00}", [Role.Examiner]);
            var account = (firstUserId + i).ToString(CultureInfo.InvariantCulture);
            if (members.Redeem(members.CreateInvite(member.Id).Code, "telegram", account).Result != RedeemResult.Bound)
                throw new InvalidOperationException($"Could not bind {member.Name} to telegram:{account}.");
            villages.Add((name, town));
        }
        return villages;
    }
}
