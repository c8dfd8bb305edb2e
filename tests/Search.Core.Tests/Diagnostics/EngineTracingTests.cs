using System.Collections.Concurrent;
using System.Diagnostics;
using Search.Core.Diagnostics;
using Search.Core.Related;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Diagnostics;

/// <summary>
/// The engine's spans, heard the way OpenTelemetry hears them (an <see cref="ActivityListener"/> on "Search.Engine"). Each
/// test runs under a parent activity of its own and keeps only the spans of that trace, since other tests search meanwhile.
/// </summary>
public sealed class EngineTracingTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void A_search_is_one_span_with_its_parse_spelling_query_facets_and_snippets_stages_inside()
    {
        var spans = Recorded(() => seed.Search.Search(new SearchRequest { Query = "Kazakhstan" }), out var trace);

        var search = Assert.Single(spans, s => s.OperationName == "search");
        Assert.Equal(false, search.GetTagItem("search.cached"));
        var stages = spans.Where(s => s.ParentSpanId == search.SpanId).Select(s => s.OperationName).ToHashSet();
        Assert.Superset(new HashSet<string> { "search.parse", "search.spelling", "search.query", "search.facets", "search.snippets" }, stages);
        Assert.All(spans, s => Assert.Equal(trace, s.TraceId));
    }

    [Fact]
    public void A_related_list_is_one_span_with_its_profile_candidates_rerank_and_reasons_stages_inside()
    {
        var spans = Recorded(() => new RelatedFinder(seed.Index.Store).ForArticle("kazakhstan-the-west-wing-in-a-g-zero-world", 5), out _);

        var related = Assert.Single(spans, s => s.OperationName == "related");
        var stages = spans.Where(s => s.ParentSpanId == related.SpanId).Select(s => s.OperationName).ToHashSet();
        Assert.Superset(new HashSet<string> { "related.profile", "related.candidates", "related.rerank", "related.reasons" }, stages);
    }

    private static List<Activity> Recorded(Action work, out ActivityTraceId trace)
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using (var parent = new Activity("test").Start())
        {
            trace = parent.TraceId;
            work();
        }

        var mine = trace;
        return stopped.Where(a => a.TraceId == mine).ToList();
    }
}
