using Microsoft.Extensions.Options;

namespace Search.Core.Configuration;

/// <summary>Turns an options class's own problems into a failed validation, so a bad value stops the service at start.</summary>
public sealed class OptionsProblemsValidator<T> : IValidateOptions<T>
    where T : class, IValidatedOptions
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
