using Search.Core.Related;
using Search.Core.Tests.Support;
using Search.Evaluation.Fitting;

namespace Search.Evaluation.Tests.Fitting;

public sealed class SeedPageRequirementTests
{
    [Fact]
    public void The_shipped_blend_meets_it_and_a_blend_of_wording_alone_does_not()
    {
        using var requirement = SeedPageRequirement.Load(TestPaths.SeedCorpus);

        Assert.True(requirement.IsMetBy(RelatedOptions.Default));
        // The headline signal alone ranks by headline words, which the Kazakhstan piece shares with none of the Russia stories.
        Assert.False(requirement.IsMetBy(RelatedOptions.Default with { TextWeight = 0, CosineWeight = 0, EntityWeight = 0, SemanticWeight = 0, TitleWeight = 1 }));
    }
}
