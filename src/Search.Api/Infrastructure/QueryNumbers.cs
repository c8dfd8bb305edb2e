using System.Globalization;

namespace Search.Api.Infrastructure;

/// <summary>
/// Whole-number query parameters (page, size, count). They bind as text and are parsed here, so "size=abc"
/// is a 400 naming the parameter and what it accepts rather than the framework's bare one.
/// </summary>
public static class QueryNumbers
{
    /// <summary>The number, or <paramref name="fallback"/> when the parameter is absent; false when it is not a whole number.</summary>
    public static bool TryParse(string? value, int fallback, out int number)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            number = fallback;
            return true;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>As <see cref="TryParse"/>, recording "<paramref name="name"/> must be a whole number." in <paramref name="errors"/> (and giving the fallback) when it is not.</summary>
    public static int Parse(string? value, string name, int fallback, Dictionary<string, string[]> errors)
    {
        if (TryParse(value, fallback, out var number))
        {
            return number;
        }

        errors[name] = [$"{name} must be a whole number."];
        return fallback;
    }
}
