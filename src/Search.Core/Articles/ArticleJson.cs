using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Core.Articles;

/// <summary>The one JSON shape of an article (corpus lines, stored source, API bodies): camelCase, nulls omitted.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        // A null where the type says none can be ("title": null in a journal or stream entry) is a JsonException,
        // which readers report and skip, instead of an Article whose Title is null failing every build later.
        RespectNullableAnnotations = true,
    };

    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Options);
}
