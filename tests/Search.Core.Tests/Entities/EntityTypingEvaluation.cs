using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

/// <summary>
/// Scores the extractor's typing against <see cref="LabelledMention"/>s. Per type, precision is the share of
/// entities named in an article (implied-only countries are not mentions) that match a gold row of that
/// type; recall is the share of gold rows of that type matched by a returned entity of that type. A
/// returned entity matches a row when one of the row's forms has the same name or id slug, or is a
/// dictionary name of that entity ("U.S." for United States). The gold lists every name in the sampled
/// articles, so a returned entity that matches no row is a false positive.
/// </summary>
internal sealed class EntityTypingEvaluation(EntityExtractor extractor)
{
    private static readonly EntityKind[] Kinds = [EntityKind.Person, EntityKind.Organisation, EntityKind.Place, EntityKind.Country];

    private readonly EntityDictionary _dictionary = EntityCatalog.Build();

    public EntityTypingReport Run(IReadOnlyList<LabelledMention> gold, IReadOnlyDictionary<string, Article> articles)
    {
        var scores = Kinds.ToDictionary(k => k, k => new TypeScore(k));
        var errors = new List<string>();
        var impliedOnly = 0;
        foreach (var (articleId, rows) in gold.GroupBy(r => r.ArticleId).Select(g => (g.Key, g.ToArray())))
        {
            var mentioned = new HashSet<string>(StringComparer.Ordinal);
            var entities = extractor.Extract(articles[articleId], mentioned);
            foreach (var entity in entities)
            {
                if (!mentioned.Contains(entity.Id))
                {
                    impliedOnly++;
                    continue;
                }

                var score = scores[entity.Kind];
                score.Predicted++;
                var matches = rows.Where(r => Matches(entity, r)).ToArray();
                if (matches.Any(r => r.Kind == entity.Kind))
                {
                    score.Correct++;
                }
                else
                {
                    var gotInstead = matches.Length == 0 ? "unlabelled" : "gold " + matches[0].TypeName;
                    errors.Add($"FP {LabelledMention.Name(entity.Kind),-12} {Quoted(entity.Name)} ({gotInstead}) [{articleId}]");
                }
            }

            foreach (var row in rows.Where(r => r.Kind is not null))
            {
                var score = scores[row.Kind!.Value];
                score.Gold++;
                var returned = entities.Where(e => Matches(e, row)).ToArray();
                if (returned.Any(e => e.Kind == row.Kind))
                {
                    score.Found++;
                }
                else
                {
                    var gotInstead = returned.Length == 0 ? "missed" : "as " + LabelledMention.Name(returned[0].Kind);
                    errors.Add($"FN {row.TypeName,-12} {Quoted(row.Forms[0])} ({gotInstead}) [{articleId}]");
                }
            }
        }

        errors.Sort(StringComparer.Ordinal);
        return new EntityTypingReport(Kinds.Select(k => scores[k]).ToArray(), errors, impliedOnly);
    }

    private bool Matches(ArticleEntity entity, LabelledMention row)
    {
        var slug = entity.Id[(entity.Id.IndexOf(':') + 1)..];
        var name = Normalize(entity.Name);
        foreach (var form in row.Forms)
        {
            if (Normalize(form) == name || EntityIds.Slug(form) == slug || ResolvedId(form) == entity.Id)
            {
                return true;
            }
        }

        return false;
    }

    private string? ResolvedId(string form)
    {
        var tokens = new List<NameToken>();
        NameTokenizer.Tokenize(form, tokens);
        return tokens.Count > 0 && _dictionary.Match(form, tokens, 0, out var entity, out _) == tokens.Count ? entity!.Id : null;
    }

    // "The U.S." and "the US" are one name; so are "Bogotá" and "Bogota".
    private static string Normalize(string name)
    {
        var folded = EntityIds.FoldToAscii(name).Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Length > 1 && words[0] == "the" ? words[1..] : words);
    }

    private static string Quoted(string name) => "\"" + name + "\"";
}
