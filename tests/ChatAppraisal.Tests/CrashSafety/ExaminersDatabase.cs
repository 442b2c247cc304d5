using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>A database for the process tests: one village per examiner (试验村01…), each examiner bound to a Telegram account.</summary>
public static class ExaminersDatabase
{
    /// <returns>The villages' names; examiner i has Telegram user id <paramref name="firstUserId"/> + i.</returns>
    public static List<string> Seed(string path, int examiners, long firstUserId)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var store = new AppraisalStore(path);
        new DatabaseSetup(store, new Periods(store), time).EnsureInitialized("2017年度");
        var members = new MemberDirectory(store, time);
        var villages = new List<string>();
        for (var i = 0; i < examiners; i++)
        {
            var name = $"试验村{i + 1:00}";
            store.Write(() => store.Setup.Villages.Insert(new VillageDoc { Name = name, CreatedAt = DateTime.UtcNow }));
            var member = members.Add($"考核员{i + 1:00}", [Role.Examiner]);
            var account = (firstUserId + i).ToString(CultureInfo.InvariantCulture);
            if (members.Redeem(members.CreateInvite(member.Id).Code, "telegram", account).Result != RedeemResult.Bound)
                throw new InvalidOperationException($"Could not bind {member.Name} to telegram:{account}.");
            villages.Add(name);
        }
        return villages;
    }
}
