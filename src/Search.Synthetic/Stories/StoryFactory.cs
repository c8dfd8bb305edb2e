using Bogus;
using Search.Synthetic.Newsroom;
using Search.Synthetic.Randomness;

namespace Search.Synthetic.Stories;

/// <summary>Invents the story a thread is about from the thread root's own seed, so it is the same whenever asked.</summary>
internal sealed class StoryFactory(NewsroomPools pools, int seed)
{
    private static readonly int[] CountryCountWeights = [50, 35, 15];

    private readonly int[] _topicWeights = TopicCatalog.All.Select(t => t.Weight).ToArray();

    public Story Create(long rootIndex)
    {
        var random = new Randomizer(SeedMixer.Mix(seed, rootIndex, SeedMixer.StoryStream));
        var topic = TopicCatalog.All[random.Weighted(_topicWeights)];

        var countryCount = random.Weighted(CountryCountWeights) + 1;
        var indexes = new List<int>(countryCount);
        while (indexes.Count < countryCount)
        {
            var c = pools.CountrySampler.Sample(random);
            if (!indexes.Contains(c))
            {
                indexes.Add(c);
            }
        }

        var counterpart = indexes.Count > 1 ? indexes[1] : pools.CountrySampler.Sample(random);
        if (counterpart == indexes[0])
        {
            counterpart = (counterpart + 1) % pools.Countries.Count;
        }

        var person = PickProtagonist(indexes[0], topic, random);
        var person2 = pools.PickPerson(pools.Politicians[indexes[^1]], random);
        if (ReferenceEquals(person2, person))
        {
            person2 = pools.PickPerson(pools.Politicians[pools.CountrySampler.Sample(random)], random);
        }

        // Companies only front business stories; a diplomatic row is about NATO or the UN, not a steelmaker.
        var organisation = person.Employer
            ?? (topic.Institutions.Count > 0 && !(topic.BusinessLike && random.Bool())
                ? random.Pick(topic.Institutions)
                : pools.Companies[pools.CompanySampler.Sample(random)]);

        var start = NewsroomGenerator.WindowStart.AddSeconds(random.Double() * (NewsroomGenerator.WindowEnd - NewsroomGenerator.WindowStart).TotalSeconds);
        var countries = indexes.Select(i => pools.Countries[i]).ToArray();
        return new Story(topic, countries, pools.Countries[counterpart], person, person2, organisation, TruncateToSecond(start));
    }

    private PublicFigure PickProtagonist(int country, Topic topic, Randomizer random)
    {
        var executives = pools.Executives[country];
        return topic.BusinessLike && executives.Length > 0 && random.Bool()
            ? pools.PickPerson(executives, random)
            : pools.PickPerson(pools.Politicians[country], random);
    }

    private static DateTimeOffset TruncateToSecond(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
