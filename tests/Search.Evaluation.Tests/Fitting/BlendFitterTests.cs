using Search.Core.Related;
using Search.Evaluation.Fitting;

namespace Search.Evaluation.Tests.Fitting;

public sealed class BlendFitterTests
{
    [Fact]
    public void Fitting_moves_weight_to_the_signal_that_tells_hits_apart_and_beats_the_start()
    {
        // Hits share names (entities high) but their wording is middling; misses share wording only.
        var queries = Enumerable.Range(0, 40).Select(q => Query(q, hitsHaveEntities: true)).ToList();
        var start = new RelatedOptions { TextWeight = 1, EntityWeight = 0, TitleWeight = 0, SemanticWeight = 0, RecencyWeight = 0 };

        var fitted = BlendFitter.Fit(queries, start);

        Assert.True(fitted.EntityWeight > 0, "the telling signal gained weight");
        Assert.True(BlendFitter.Objective(queries, fitted) > BlendFitter.Objective(queries, start));
        Assert.Equal(1.0, BlendFitter.Objective(queries, fitted), 3);
    }

    [Fact]
    public void A_requirement_the_blend_must_meet_keeps_the_fitter_from_a_better_scoring_blend_that_fails_it()
    {
        var queries = Enumerable.Range(0, 40).Select(q => Query(q, hitsHaveEntities: true)).ToList();
        var start = new RelatedOptions { TextWeight = 1, EntityWeight = 0, TitleWeight = 0, SemanticWeight = 0, RecencyWeight = 0 };
        var tried = 0;

        var fitted = BlendFitter.Fit(queries, start, acceptable: o =>
        {
            tried++;
            return o.EntityWeight == 0; // e.g. a seed page that an entity weight would break
        });

        Assert.True(tried > 0, "the requirement was asked");
        Assert.Equal(0f, fitted.EntityWeight);
        Assert.True(BlendFitter.Objective(queries, fitted) < 1.0, "the unconstrained fit reaches 1.0 only through the entity weight");
    }

    [Fact]
    public void A_start_that_fails_the_requirement_is_left_for_a_blend_that_meets_it_even_at_a_lower_score()
    {
        var queries = Enumerable.Range(0, 40).Select(q => Query(q, hitsHaveEntities: true)).ToList();
        // The best blend there is (entities alone reach 1.0), but the requirement wants the text weight kept.
        var start = new RelatedOptions { TextWeight = 0, EntityWeight = 1, TitleWeight = 0, SemanticWeight = 0, RecencyWeight = 0 };
        bool Acceptable(RelatedOptions o) => o.TextWeight >= 0.5f;

        var fitted = BlendFitter.Fit(queries, start, acceptable: Acceptable);
        var kept = BlendFitter.FitFrom(queries, [start, start with { TextWeight = 1 }], acceptable: Acceptable);

        Assert.True(Acceptable(fitted), $"text weight {fitted.TextWeight}");
        Assert.True(Acceptable(kept), $"text weight {kept.TextWeight}");
        Assert.True(BlendFitter.Objective(queries, start) >= BlendFitter.Objective(queries, fitted));
    }

    [Fact]
    public void Fitting_is_deterministic()
    {
        var queries = Enumerable.Range(0, 20).Select(q => Query(q, hitsHaveEntities: true)).ToList();

        Assert.Equal(BlendFitter.Fit(queries, RelatedOptions.Default), BlendFitter.Fit(queries, RelatedOptions.Default));
    }

    [Fact]
    public void The_split_keeps_every_article_of_a_story_on_one_side()
    {
        var queries = Enumerable.Range(0, 30).Select(q => Query(q, hitsHaveEntities: true) with { Group = "story-" + (q % 7) }).ToList();

        var (fit, heldOut) = BlendFitter.SplitByGroup(queries);

        Assert.Equal(30, fit.Count + heldOut.Count);
        Assert.Empty(fit.Select(q => q.Group).Intersect(heldOut.Select(q => q.Group)));
        Assert.NotEmpty(fit);
        Assert.NotEmpty(heldOut);
    }

    [Fact]
    public void A_shortfall_below_the_sets_tf_idf_baseline_counts_against_the_blend()
    {
        var options = new RelatedOptions { TextWeight = 1, EntityWeight = 0, RecencyWeight = 0 };
        var query = new FitQuery("set", "q", "g", [("a", Signals(1f, 0f)), ("b", Signals(0.5f, 0f))], new HashSet<string> { "a" });

        Assert.Equal(0.2, BlendFitter.Objective([query], options), 6);
        Assert.Equal(0.2, BlendFitter.Objective([query with { Baseline = 0.2 }], options), 6);
        Assert.Equal(0.2 - 0.4, BlendFitter.Objective([query with { Baseline = 0.6 }], options), 6);
    }

    [Fact]
    public void Precision_counts_hits_in_the_first_five_over_five()
    {
        var query = new FitQuery("set", "q", "g", [("a", Signals(1f, 0f)), ("b", Signals(0.5f, 0f))], new HashSet<string> { "a" });

        Assert.Equal(0.2, BlendFitter.Precision(query, new RelatedOptions { TextWeight = 1, EntityWeight = 0, RecencyWeight = 0 }), 6);
    }

    private static FitQuery Query(int q, bool hitsHaveEntities)
    {
        var candidates = new List<(string, CandidateSignals)>();
        var hits = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            candidates.Add(($"q{q}-hit{i}", Signals(0.5f + (i * 0.01f), hitsHaveEntities ? 0.9f : 0f, hash: (q * 100) + i)));
            hits.Add($"q{q}-hit{i}");
        }

        for (var i = 0; i < 10; i++)
        {
            candidates.Add(($"q{q}-miss{i}", Signals(0.9f - (i * 0.01f), 0.05f, hash: (q * 100) + 50 + i)));
        }

        return new FitQuery("set", $"q{q}", $"story-{q}", candidates, hits);
    }

    // Hashes far apart (distinct bit patterns) so the diversity step never treats two candidates as versions of one story.
    private static CandidateSignals Signals(float text, float entities, long hash = 0) =>
        new(text, 0f, 0f, entities, 0f, 0.5f, unchecked(hash * -7046029254386353131L));
}
