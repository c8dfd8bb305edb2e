using System.Globalization;

namespace Search.Api.Infrastructure;

/// <summary>Date parameters (from, to): an ISO-8601 date or date-time, parsed here so a bad one is a 400 naming it.</summary>
public static class QueryDates
{
    /// <summary>
    /// The instant, or null when absent; a bare date is the day's start, or its last millisecond with
    /// <paramref name="endOfDay"/>. A bad value is recorded in <paramref name="errors"/>.
    /// </summary>
    public static DateTimeOffset? Parse(string? value, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // A bare date means the whole day: "to=2022-01-10" includes articles published that afternoon.
            return new DateTimeOffset(day.ToDateTime(endOfDay ? new TimeOnly(23, 59, 59, 999) : TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        errors[name] = [$"{name} must be an ISO-8601 date (2022-01-10) or date-time (2022-01-10T08:00:00Z)."];
        return null;
    }
}
