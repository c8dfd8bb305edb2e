using System.Globalization;

namespace Search.Core.Configuration;

/// <summary>The checks the options classes share, worded the same way for every key.</summary>
public static class OptionRules
{
    public static IEnumerable<string> Between(string key, double value, double min, double max) =>
        value >= min && value <= max
            ? []
            : [string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min:N0} and {max:N0}; it is {value}.")];

    public static IEnumerable<string> NotNegative(string key, double value) =>
        value >= 0 ? [] : [string.Create(CultureInfo.InvariantCulture, $"{key} must not be negative; it is {value}.")];

    public static IEnumerable<string> Required(string key, string? value) =>
        string.IsNullOrWhiteSpace(value) ? [$"{key} is required."] : [];
}
