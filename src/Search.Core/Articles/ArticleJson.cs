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
    };

    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Options);
}
