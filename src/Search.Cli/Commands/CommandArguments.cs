using System.Globalization;

namespace Search.Cli.Commands;

/// <summary>
/// The <c>--name value</c> options after the command name. Small on purpose: the commands take a
/// handful of options each, and a parser dependency would outweigh them.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> options;

    private CommandArguments(IReadOnlyList<string> words, Dictionary<string, string> options)
    {
        Words = words;
        this.options = options;
    }

    /// <summary>Plain words before the first option, such as the collection format in <c>eval beir --data DIR</c>.</summary>
    public IReadOnlyList<string> Words { get; }

    public static CommandArguments Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        for (var i = words.Length; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                throw new CommandLineException($"Unexpected argument '{args[i]}'; options look like --name value.");
            }

            var name = args[i][2..];
            // A flag followed by another option (or nothing) is a boolean switch.
            var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            if (!options.TryAdd(name, value))
            {
                throw new CommandLineException($"Option --{name} is given twice.");
            }
        }

        return new CommandArguments(words, options);
    }

    /// <summary>Rejects options the command does not know, so a typo is an error rather than a silent default.</summary>
    public void EnsureOnly(params string[] known)
    {
        var unknown = options.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw new CommandLineException($"Unknown option --{unknown}; expected one of {string.Join(", ", known.Select(k => "--" + k))}.");
        }
    }

    public string? GetString(string name) => options.GetValueOrDefault(name);

    public string RequireString(string name) =>
        GetString(name) ?? throw new CommandLineException($"Option --{name} is required.");

    /// <summary>A non-negative finite number option, or <paramref name="defaultValue"/> when absent.</summary>
    public float GetFloat(string name, float defaultValue, float max = float.MaxValue)
    {
        if (GetString(name) is not { } text)
        {
            return defaultValue;
        }

        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value) || value < 0 || value > max)
        {
            throw new CommandLineException($"Option --{name} needs a number between 0 and {max}, not '{text}'.");
        }

        return value;
    }

    public int GetInt(string name, int defaultValue, int min = int.MinValue)
    {
        if (GetString(name) is not { } text)
        {
            return defaultValue;
        }

        if (!int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new CommandLineException($"Option --{name} needs a whole number of at least {min}, not '{text}'.");
        }

        return value;
    }
}
