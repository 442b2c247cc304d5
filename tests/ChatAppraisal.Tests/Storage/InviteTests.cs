using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Storage;

public class InviteTests
{
    [Fact]
    public void InviteCodeFitsATelegramStartPayload()
    {
        using var db = new TempDatabase();
        var invite = db.Members.CreateInvite(db.Members.Add("郑亚娜", [Role.Office]).Id);
        Assert.Matches("^[A-Za-z0-9_-]{1,64}$", invite.Code);
    }

    [Fact]
    public void InviteIsSingleUse()
    {
        using var db = new TempDatabase();
        var invite = db.Members.CreateInvite(db.Members.Add("郑亚娜", [Role.Office]).Id);
        Assert.Equal(RedeemResult.Bound, db.Members.Redeem(invite.Code, "telegram", "1").Result);
        Assert.Equal(RedeemResult.AlreadyUsed, db.Members.Redeem(invite.Code, "telegram", "2").Result);
        Assert.Null(db.Members.FindByAccount("telegram", "2"));
    }

    [Fact]
    public void InviteExpiresAfterSevenDays()
    {
        using var db = new TempDatabase();
        var invite = db.Members.CreateInvite(db.Members.Add("郑亚娜", [Role.Office]).Id);
        db.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(RedeemResult.Expired, db.Members.Redeem(invite.Code, "telegram", "1").Result);
    }

    [Fact]
    public void BootstrapAdminInviteIsMadeOnceOnADatabaseWithoutAdmin()
    {
        using var db = new TempDatabase();
        var first = db.Members.EnsureBootstrapAdminInvite();
        Assert.NotNull(first);
        Assert.Null(db.Members.EnsureBootstrapAdminInvite());
        var (result, member) = db.Members.Redeem(first.Code, "console", "local");
        Assert.Equal(RedeemResult.Bound, result);
        Assert.True(member!.Has(Role.Admin));
    }
}
