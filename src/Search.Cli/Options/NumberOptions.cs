using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Search.Cli.Options;

/// <summary>
/// Number options with the rules the command line has always had: invariant culture, whole numbers may be
/// written with underscores (<c>--count 1_000_000</c>), ranking numbers are finite and non-negative. A bad
/// value is a parse error that names the option, so it fails before any work starts.
/// </summary>
internal static class NumberOptions
{
    public static Option<int> WholeNumber(string name, string description, int defaultValue, int min = int.MinValue) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => ParseWholeNumber(result, name, min) ?? defaultValue,
    };

    /// <summary>A whole number with no fixed default: absent means null, and the command decides.</summary>
    public static Option<int?> OptionalWholeNumber(string name, string description, int min = int.MinValue) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => ParseWholeNumber(result, name, min),
    };

    public static Option<float> Number(string name, string description, float defaultValue, float max = float.MaxValue) => new(name)
    {
        Description = description,
        HelpName = "X",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => ParseNumber(result, name, max) ?? defaultValue,
    };

    private static int? ParseWholeNumber(ArgumentResult result, string name, int min)
    {
        if (result.Tokens is not [{ Value: var text }])
        {
            return null;
        }

        if (int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }

        var range = min == int.MinValue ? "a whole number" : string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {min}");
        result.AddError($"Option {name} needs {range}, not '{text}'.");
        return null;
    }

    private static float? ParseNumber(ArgumentResult result, string name, float max)
    {
        if (result.Tokens is not [{ Value: var text }])
        {
            return null;
        }

        if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value) && value >= 0 && value <= max)
        {
            return value;
        }

        var range = max == float.MaxValue ? "a number of at least 0" : string.Create(CultureInfo.InvariantCulture, $"a number between 0 and {max}");
        result.AddError($"Option {name} needs {range}, not '{text}'.");
        return null;
    }
}
