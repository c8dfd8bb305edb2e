using System.Globalization;
using System.Text;
using Search.Core.Entities;

namespace Search.Core.Schema;

/// <summary>Compact "id:weight" list of an article's entities for doc values (ids never contain ';').</summary>
public static class EntityWeightsValue
{
    public static byte[] Encode(IReadOnlyList<ArticleEntity> entities)
    {
        var text = new StringBuilder(entities.Count * 24);
        foreach (var entity in entities)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(entity.Id).Append(':').Append(entity.Weight.ToString("0.###", CultureInfo.InvariantCulture));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Decodes into <paramref name="into"/> (cleared first), so a re-rank loop can reuse one dictionary.</summary>
    public static void Decode(ReadOnlySpan<byte> bytes, Dictionary<string, float> into)
    {
        into.Clear();
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon > 0 && float.TryParse(part.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                into[part[..colon]] = weight;
            }
        }
    }
}
