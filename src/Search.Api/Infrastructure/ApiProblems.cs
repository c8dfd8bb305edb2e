using Microsoft.AspNetCore.Http.HttpResults;

namespace Search.Api.Infrastructure;

/// <summary>The ProblemDetails that several use cases answer with, worded once.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult ArticleNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found.", detail: $"No article has the id '{id}'.");

    /// <summary>A 413 for a body over <paramref name="limitBytes"/>; <paramref name="what"/> names the body ("An event").</summary>
    public static ProblemHttpResult BodyTooLarge(int limitBytes, string what = "An article body") =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"{what} may be at most {limitBytes} bytes.");

    /// <summary>A 400 naming the one field (or parameter) at fault; <paramref name="title"/> null keeps the standard one.</summary>
    public static ValidationProblem Invalid(string field, string message, string? title = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);
}
