using System.ComponentModel.DataAnnotations;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Schedule;

/// <summary>The time in the town's zone (<c>Bot:TimeZone</c>) over the process's <see cref="TimeProvider"/>.</summary>
public sealed class TownClock
{
    readonly TimeProvider _time;

    public TownClock(TimeProvider time, IOptions<BotOptions> options)
    {
        _time = time;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }
    public TimeProvider Time => _time;

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>The town's wall clock now.</summary>
    public DateTime LocalNow => ToLocal(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant of a wall-clock time in the town. A time the clocks skip (a spring-forward gap) is read an hour later;
    /// a time they pass twice is the first of the two.
    /// </summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>"+08:00"-style instant of a visit, for the API.</summary>
    public DateTimeOffset ToInstant(VisitDoc visit) => ToInstant(visit.LocalDate, visit.LocalTime);
}

/// <summary>A time-zone id this machine knows (IANA such as Asia/Shanghai, or Windows such as China Standard Time).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var id = value as string;
        if (!string.IsNullOrWhiteSpace(id))
        {
            try
            {
                TimeZoneInfo.FindSystemTimeZoneById(id);
                return ValidationResult.Success;
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
            }
        }
        return new ValidationResult(
            $"Bot:TimeZone \"{id}\" is not a time zone this machine knows; use an IANA name such as Asia/Shanghai (the default).",
            [validationContext.MemberName ?? nameof(BotOptions.TimeZone)]);
    }
}
