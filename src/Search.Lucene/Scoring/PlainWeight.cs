using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// The weight of the plain Lucene query that a self-scoring query stands for (its boolean form), for Explain and for
/// scoring nested inside another query: made when first asked, normalized as the self-scoring weight was.
/// </summary>
internal sealed class PlainWeight(IndexSearcher searcher, Func<Query> plain)
{
    private Weight? _weight;
    private float _norm = 1f;
    private float _topLevelBoost = 1f;

    /// <summary>Records the normalization the plain query's weight is to get (the owner's, with any boost of its own applied).</summary>
    public void Normalize(float norm, float topLevelBoost)
    {
        _norm = norm;
        _topLevelBoost = topLevelBoost;
        _weight = null;
    }

    public Weight Weight
    {
        get
        {
            if (_weight is null)
            {
                var weight = plain().CreateWeight(searcher);
                weight.GetValueForNormalization();
                weight.Normalize(_norm, _topLevelBoost);
                _weight = weight;
            }

            return _weight;
        }
    }
}
