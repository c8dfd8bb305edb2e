namespace Search.Core.Entities;

/// <summary>
/// A trie of name token sequences ("Collective", "Security", "Treaty", "Organisation") matched
/// longest first against a tokenized text: one dictionary probe per token, no per-name regex.
/// Keys are case-sensitive, so "US" and "Turkey" match but "us" and "turkey" do not.
/// </summary>
internal sealed class EntityDictionary
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>
    /// Adds <paramref name="surface"/>; an existing entry is kept unless <paramref name="replace"/>.
    /// <paramref name="needsContext"/> marks names that are also common first names or words
    /// ("Jordan", "Chad"): they only count when no capitalised word stands right next to them.
    /// </summary>
    public bool Add(string surface, EntityDefinition entity, bool needsContext = false, bool replace = false)
    {
        var tokens = new List<NameToken>();
        NameTokenizer.Tokenize(surface, tokens);
        if (tokens.Count == 0 || tokens.Skip(1).Any(t => t.Has(NameTokenFlags.BreakBefore)))
        {
            // "Korea, Republic of" and "Cocos (Keeling) Islands" are index forms, not running text.
            return false;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var key = token.Text(surface).ToString();
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children.Add(key, child);
            }

            node = child;
        }

        if (node.Entity is not null && !replace)
        {
            return false;
        }

        Count += node.Entity is null ? 1 : 0;
        node.Entity = entity;
        node.NeedsContext = needsContext;
        return true;
    }

    /// <summary>The longest entry starting at <paramref name="index"/>: its token count, or 0.</summary>
    public int Match(string text, List<NameToken> tokens, int index, out EntityDefinition? entity, out bool needsContext)
    {
        entity = null;
        needsContext = false;
        var node = _root;
        var matched = 0;
        for (var k = index; k < tokens.Count; k++)
        {
            if (k > index && tokens[k].Has(NameTokenFlags.BreakBefore) || node.Children is null)
            {
                break;
            }

            if (!node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[k].Text(text), out var child))
            {
                break;
            }

            node = child;
            if (node.Entity is not null)
            {
                entity = node.Entity;
                needsContext = node.NeedsContext;
                matched = k - index + 1;
            }
        }

        return matched;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public EntityDefinition? Entity;
        public bool NeedsContext;
    }
}
