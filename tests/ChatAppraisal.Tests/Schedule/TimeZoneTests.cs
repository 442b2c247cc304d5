using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Schedule;

public sealed class TimeZoneTests
{
    [Fact]
    public async Task InAnotherZoneVisitsAndReminderTimesAreThatZonesWallClock()
    {
        using var town = new Township(timeZone: "America/New_York");
        await town.Expect(town.Office, "/schedule 东湾村 1月16日 9:00", "1月16日（星期二）9:00");
        var planner = town.Get<ReminderPlanner>();

        // 08:00 in New York is 13:00 UTC; 07:59 there is still before the morning.
        town.AtOffset(16, 12, 59, TimeSpan.Zero);
        Assert.DoesNotContain(town.SendDue(), o => o.Reminder.Kind == ReminderKind.VisitDay);
        Assert.Equal(new DateTimeOffset(2018, 1, 16, 13, 0, 0, TimeSpan.Zero), planner.NextWake(town.Chat.Db.Clock.GetUtcNow()));
        town.AtOffset(16, 13, 0, TimeSpan.Zero);
        Assert.Equal(3, town.SendDue().Count(o => o.Reminder.Kind == ReminderKind.VisitDay && o.Result == SendResult.Sent));

        // Quiet hours are New York's too: 22:00 there (03:00 UTC on the 17th) sends nothing and waits until 07:30 there.
        town.Score(town.Examiner, "东湾村", 0, 2);
        town.AtOffset(17, 3, 0, TimeSpan.Zero);
        Assert.Empty(town.SendDue());
        Assert.Equal(new DateTimeOffset(2018, 1, 17, 12, 30, 0, TimeSpan.Zero), planner.NextWake(town.Chat.Db.Clock.GetUtcNow()));
    }

    [Fact]
    public void AZoneTheMachineDoesNotKnowStopsStartUpNamingIt()
    {
        var services = new ServiceCollection();
        services.AddOptions<BotOptions>().Configure(o => o.TimeZone = "Mars/Olympus_Mons").ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotOptions>>().Value);

        Assert.Contains("Bot:TimeZone \"Mars/Olympus_Mons\" is not a time zone this machine knows; use an IANA name such as Asia/Shanghai", error.Message);
    }

    [Fact]
    public void TheDefaultZoneIsShanghai()
    {
        var services = new ServiceCollection();
        services.AddOptions<BotOptions>().ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();

        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<IOptions<BotOptions>>().Value.TimeZone);
    }
}
