using System.Globalization;
using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Schedule;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="At">The visit's start with its offset, in the town's zone (2018-01-15T09:00:00+08:00).</param>
public sealed record VisitDto(int VillageId, string Village, string At, string Date, string Time, string? Note)
{
    public static VisitDto From(Visit v, TownClock town) => new(v.VillageId, v.Village,
        town.ToInstant(v.Date, v.Time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        v.Date.ToString(LocalFormats.Date, CultureInfo.InvariantCulture), v.Time.ToString(LocalFormats.Time, CultureInfo.InvariantCulture), v.Note);
}

/// <param name="Notified">Examiners and group leaders told of the change (0 when nothing changed).</param>
public sealed record VisitChangeDto(VisitDto? Visit, VisitDto? Previous, int Notified);

/// <param name="At">"2018-01-15T09:00:00+08:00" (any offset, converted to the town's zone) or "2018-01-15T09:00" (the town's time).</param>
public sealed record VisitBody(string? At, string? Note);

/// <param name="QuietHours">Fixed: no automatic reminder goes out then.</param>
/// <param name="AppraisalDays">The days with visits: the evenings of the office's digest.</param>
public sealed record RemindersDto(string Morning, string Evening, string? RatingsDueBy, string? RatingsDueEffective, string TimeZone,
    string QuietHours, IReadOnlyList<string> AppraisalDays)
{
    public static RemindersDto From(ReminderTimes t, TownClock town) => new(
        t.Morning.ToString(LocalFormats.Time, CultureInfo.InvariantCulture), t.Evening.ToString(LocalFormats.Time, CultureInfo.InvariantCulture),
        t.RatingsDueBy?.ToString(LocalFormats.Date, CultureInfo.InvariantCulture), t.LeadersUntil?.ToString(LocalFormats.Date, CultureInfo.InvariantCulture),
        town.Zone.Id, $"{ReminderSettings.QuietFrom:HH\\:mm}-{ReminderSettings.QuietUntil:HH\\:mm}",
        t.AppraisalDays.Select(d => d.ToString(LocalFormats.Date, CultureInfo.InvariantCulture)).ToList());
}

/// <param name="RatingsDueBy">"2018-01-18", or null for the last visit day.</param>
public sealed record RemindersBody(string? Morning, string? Evening, string? RatingsDueBy);

/// <summary>/api/villages/{id}/visit, /api/schedule and /api/periods/{id}/reminders: the active period's visits and a period's reminder settings.</summary>
public static partial class ScheduleApi
{
    public static IEndpointRouteBuilder MapSchedule(this IEndpointRouteBuilder api)
    {
        var visits = api.MapGroup("/villages").WithTags("Schedule");

        visits.MapPut("/{id}/visit", Results<Ok<VisitChangeDto>, ValidationProblem, NotFoundProblem> (int id, VisitBody body,
                VisitSchedule schedule, Periods periods, TownClock town) =>
            {
                var period = periods.Active();
                if (ParseAt(body.At, town) is not { } at) return BadAt(body.At, town);
                return schedule.Set(AdminActor.Instance, period.Id, id, at.Date, at.Time, body.Note) switch
                {
                    { Refusal: VisitRefusal.UnknownVillage } => VillagesApi.UnknownVillage(id),
                    { Refusal: VisitRefusal.NoteTooLong } => ApiProblems.Invalid("note", $"note must be at most {VisitText.MaxNote} characters."),
                    var o => TypedResults.Ok(new VisitChangeDto(Dto(o.Visit, town), o.Unchanged ? null : Dto(o.Previous, town), o.Notified)),
                };
            })
            .WithSummary("Set or change a village's visit in the active period (tells the examiners and group leaders)");

        visits.MapDelete("/{id}/visit", Results<NoContent, NotFoundProblem> (int id, VisitSchedule schedule, Periods periods) =>
                schedule.Clear(AdminActor.Instance, periods.Active().Id, id) switch
                {
                    { Ok: true } => TypedResults.NoContent(),
                    { Refusal: VisitRefusal.NoVisit } => ApiProblems.NotFound("visit", $"Village {id} has no visit in the active period."),
                    _ => VillagesApi.UnknownVillage(id),
                })
            .WithSummary("Remove a village's visit (tells the examiners and group leaders)");

        api.MapGet("/schedule", (VisitSchedule schedule, Periods periods, TownClock town) =>
                TypedResults.Ok(schedule.List(periods.Active().Id).Select(v => VisitDto.From(v, town)).ToList()))
            .WithTags("Schedule")
            .WithSummary("The active period's visits by date and time");

        var reminders = api.MapGroup("/periods").WithTags("Schedule");

        reminders.MapGet("/{id}/reminders", Results<Ok<RemindersDto>, NotFoundProblem> (int id, Periods periods, ReminderSettings settings, TownClock town) =>
                periods.Find(id) is null ? UnknownPeriod(id) : TypedResults.Ok(RemindersDto.From(settings.For(id), town)))
            .WithSummary("A period's reminder times and the leaders' rating deadline");

        reminders.MapPut("/{id}/reminders", Results<Ok<RemindersDto>, ValidationProblem, NotFoundProblem> (int id, RemindersBody body,
                ReminderSettings settings, ReminderWakeup wakeup, TownClock town) =>
            {
                var refusal = settings.Set(AdminActor.Instance, id, body.Morning, body.Evening, body.RatingsDueBy);
                if (refusal == SettingsRefusal.None) wakeup.Pulse();
                return refusal switch
                {
                    SettingsRefusal.None => TypedResults.Ok(RemindersDto.From(settings.For(id), town)),
                    SettingsRefusal.UnknownPeriod => UnknownPeriod(id),
                    SettingsRefusal.BadMorning => BadTime("morning", body.Morning, ReminderSettings.DefaultMorning),
                    SettingsRefusal.BadEvening => BadTime("evening", body.Evening, ReminderSettings.DefaultEvening),
                    SettingsRefusal.MorningNotBeforeEvening => ApiProblems.Invalid("evening",
                        $"evening ({body.Evening}) must be later than morning ({body.Morning})."),
                    _ => ApiProblems.Invalid("ratingsDueBy", $"ratingsDueBy must be a date such as 2018-01-18, or null for the last visit day, not \"{body.RatingsDueBy}\"."),
                };
            })
            .WithSummary("Change a period's reminder times (HH:mm) and the leaders' rating deadline");

        return api;
    }

    static VisitDto? Dto(Visit? visit, TownClock town) => visit is null ? null : VisitDto.From(visit, town);

    static NotFoundProblem UnknownPeriod(int id) => ApiProblems.NotFound("id", $"There is no period with id {id}.");

    static ValidationProblem BadTime(string field, string? value, string example) =>
        ApiProblems.Invalid(field, $"{field} must be a time of day as HH:mm, such as {example}{(value is null ? "" : $", not \"{value}\"")}.");

    static ValidationProblem BadAt(string? at, TownClock town) => ApiProblems.Invalid("at",
        $"at must be a date and time such as 2018-01-15T09:00:00+08:00, or 2018-01-15T09:00 in the town's zone ({town.Zone.Id}), in whole minutes{(at is null ? "" : $", not \"{at}\"")}.");

    /// <summary>The visit's local date and time in the town: an instant with an offset is converted, one without is the town's wall clock.</summary>
    static (DateOnly Date, TimeOnly Time)? ParseAt(string? at, TownClock town)
    {
        if (at is null || AtPattern().Match(at.Trim()) is not { Success: true } m) return null;
        var local = m.Groups["wall"].Value.Replace(' ', 'T');
        if (!DateTime.TryParseExact(local, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
            return null;
        if (wall.Second != 0) return null;
        if (m.Groups["offset"].Success)
        {
            var offset = m.Groups["offset"].Value;
            var span = offset == "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(offset[1..], "hh\\:mm", CultureInfo.InvariantCulture) * (offset[0] == '-' ? -1 : 1);
            if (span.Duration() > TimeSpan.FromHours(14)) return null;
            wall = town.ToLocal(new DateTimeOffset(wall, span));
        }
        return (DateOnly.FromDateTime(wall), new TimeOnly(wall.Hour, wall.Minute));
    }

    [GeneratedRegex(@"^(?<wall>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)(?<offset>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex AtPattern();
}
