using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Counts section and entity facets over every matching document from doc values (no stored-field
/// loads). Counts are kept per segment by ordinal and turned into strings once, at the end.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly List<(SortedDocValues? Sections, int[] SectionCounts, SortedSetDocValues? Entities, int[] EntityCounts)> _segments = [];
    private SortedDocValues? _sections;
    private int[] _sectionCounts = [];
    private SortedSetDocValues? _entities;
    private int[] _entityCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _sections = context.AtomicReader.GetSortedDocValues(ArticleFields.SectionFacet);
        _sectionCounts = _sections is null ? [] : new int[_sections.ValueCount];
        _entities = context.AtomicReader.GetSortedSetDocValues(ArticleFields.EntityFacet);
        _entityCounts = _entities is null ? [] : new int[_entities.ValueCount];
        _segments.Add((_sections, _sectionCounts, _entities, _entityCounts));
    }

    public void Collect(int doc)
    {
        if (_sections is not null)
        {
            var ord = _sections.GetOrd(doc);
            if (ord >= 0)
            {
                _sectionCounts[ord]++;
            }
        }

        if (_entities is not null)
        {
            _entities.SetDocument(doc);
            long ord;
            while ((ord = _entities.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _entityCounts[ord]++;
            }
        }
    }

    public Dictionary<string, int> SectionCounts() => Merge(s => s.Sections is null ? [] : Strings(s.SectionCounts, ord => Lookup(s.Sections, ord)));

    public Dictionary<string, int> EntityCounts() => Merge(s => s.Entities is null ? [] : Strings(s.EntityCounts, ord => Lookup(s.Entities, ord)));

    private Dictionary<string, int> Merge(Func<(SortedDocValues? Sections, int[] SectionCounts, SortedSetDocValues? Entities, int[] EntityCounts), IEnumerable<KeyValuePair<string, int>>> perSegment)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in _segments)
        {
            foreach (var (value, count) in perSegment(segment))
            {
                merged[value] = merged.GetValueOrDefault(value) + count;
            }
        }

        return merged;
    }

    private static IEnumerable<KeyValuePair<string, int>> Strings(int[] counts, Func<int, string> lookup)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                yield return new(lookup(ord), counts[ord]);
            }
        }
    }

    private static string Lookup(SortedDocValues values, int ord)
    {
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    private static string Lookup(SortedSetDocValues values, long ord)
    {
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }
}
