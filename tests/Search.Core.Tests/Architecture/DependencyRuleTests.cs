
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Search.Core.Indexing;
using Search.Lucene.Execution;
using Search.Synthetic;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static ArchUnitNET.Fluent.Slices.SliceRuleDefinition;

namespace Search.Core.Tests.Architecture;

/// <summary>
/// The layers of the engine, checked on the compiled assemblies: every dependency points one way, so a reader
/// can draw them. Mechanics (Search.Lucene) know nothing of articles, the engine knows nothing of HTTP, and
/// inside the engine each layer uses only the layers listed before it.
/// </summary>
public sealed class DependencyRuleTests
{
    /// <summary>The engine's layers, lowest first; a layer may use any layer before it, none after it.</summary>
    private static readonly string[][] CoreLayers =
    [
        ["Search.Core.Diagnostics"],
        ["Search.Core.Articles"],
        ["Search.Core.Entities", "Search.Core.Semantics"],
        ["Search.Core.Schema"],
        ["Search.Core.Indexing"],
        ["Search.Core.Searching", "Search.Core.Replication"],
        ["Search.Core.Suggestions", "Search.Core.Related"],
        ["Search.Core.Analytics"],
    ];

    private static readonly System.Reflection.Assembly Lucene = typeof(SlicingSearcher).Assembly;
    private static readonly System.Reflection.Assembly Engine = typeof(IndexStore).Assembly;
    private static readonly System.Reflection.Assembly Synthetic = typeof(NewsroomGenerator).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Loaded =
        new ArchLoader().LoadAssemblies(Lucene, Engine, Synthetic).Build();

    [Fact]
    public void No_namespace_of_the_engine_the_mechanics_or_the_generator_takes_part_in_a_cycle()
    {
        Slices().Matching("Search.Core.(*)").Should().BeFreeOfCycles().Check(Loaded);
        Slices().Matching("Search.Lucene.(*)").Should().BeFreeOfCycles().Check(Loaded);
        Slices().Matching("Search.Synthetic.(*)").Should().BeFreeOfCycles().Check(Loaded);
    }

    [Fact]
    public void Each_engine_layer_uses_only_the_layers_below_it()
    {
        for (var layer = 0; layer < CoreLayers.Length - 1; layer++)
        {
            var higher = CoreLayers.Skip(layer + 1).SelectMany(l => l).ToArray();
            foreach (var name in CoreLayers[layer])
            {
                Types().That().ResideInNamespace(name).Should()
                    .NotDependOnAny(Types().That().ResideInNamespaceMatching(string.Join("|", higher.Select(h => "^" + h.Replace(".", "\\.") + "$"))))
                    .Because($"{name} sits below {string.Join(", ", higher)}")
                    .Check(Loaded);
            }
        }
    }

    [Fact]
    public void Siblings_at_the_top_of_the_engine_do_not_use_each_other()
    {
        Types().That().ResideInNamespace("Search.Core.Related").Should()
            .NotDependOnAny(Types().That().ResideInNamespace("Search.Core.Suggestions")).Check(Loaded);
        Types().That().ResideInNamespace("Search.Core.Suggestions").Should()
            .NotDependOnAny(Types().That().ResideInNamespace("Search.Core.Related")).Check(Loaded);
    }

    [Fact]
    public void The_mechanics_know_nothing_of_articles_and_the_engine_nothing_of_the_host()
    {
        Assert.DoesNotContain(Lucene.GetReferencedAssemblies(), a => a.Name!.StartsWith("Search.", StringComparison.Ordinal));
        Assert.DoesNotContain(Engine.GetReferencedAssemblies(), a => a.Name!.StartsWith("Search.", StringComparison.Ordinal) && a.Name != "Search.Lucene");
        foreach (var assembly in new[] { Lucene, Engine, Synthetic })
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }
    }
}
