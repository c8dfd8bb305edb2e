using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Related;

namespace Search.Api.Features.Related;

/// <summary>The <c>count</c> parameter of a related list, for a published article or a draft alike.</summary>
internal static class RelatedCount
{
    private const int Default = 5;

    /// <summary>1 to <see cref="RelatedOptions.MaxCount"/>, <see cref="Default"/> when absent; otherwise a 400 saying so.</summary>
    public static bool TryParse(string? value, out int count, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        if (QueryNumbers.TryParse(value, Default, out count) && count is >= 1 and <= RelatedOptions.MaxCount)
        {
            problem = null;
            return true;
        }

        problem = ApiProblems.Invalid("count", $"count must be a whole number between 1 and {RelatedOptions.MaxCount}.");
        return false;
    }
}
