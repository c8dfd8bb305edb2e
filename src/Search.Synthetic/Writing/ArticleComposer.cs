using System.Globalization;
using System.Text;
using Bogus;
using Search.Core.Articles;
using Search.Synthetic.Newsroom;
using Search.Synthetic.Randomness;
using Search.Synthetic.Stories;

using Search.Synthetic.Templates;

namespace Search.Synthetic.Writing;

/// <summary>
/// Writes one article of a story: headline, standfirst, a body of 300–1,500 words in paragraphs,
/// photos with captions and credits, bylines and tags. Holds one reusable buffer, so one composer
/// per enumerating thread.
/// </summary>
internal sealed class ArticleComposer(NewsroomPools pools)
{
    private const int MinWords = 300;
    private const int MaxTargetWords = 1450; // leaves room for the sentence that crosses the target
    private const double MedianWords = 600;
    private const double WordsSigma = 0.4;

    private static readonly int[] ImageCountWeights = [25, 45, 20, 10];
    private static readonly Template FollowUp = Template.Parse("It follows earlier reports on the {noun} in {country}.");

    private readonly StringBuilder _body = new(16 * 1024);
    private readonly StringBuilder _line = new(512);
    private readonly HashSet<Template> _usedInBody = [];

    public Article Compose(string id, Story story, ThreadPosition position, DateTimeOffset publishedAt, ArticleText text)
    {
        var random = text.Random;
        var title = Line(text, random.Pick(story.Topic.Headlines));
        var lede = WriteBody(text, position.IsFollowUp);
        var summary = random.Bool() ? lede : Line(text, random.Pick(SentenceBank.Standfirsts));

        var images = new ArticleImage[random.Weighted(ImageCountWeights)];
        for (var i = 0; i < images.Length; i++)
        {
            images[i] = new ArticleImage(Line(text, random.Pick(SentenceBank.Captions)), Credit(random));
        }

        return new Article
        {
            Id = id,
            Title = title,
            Body = _body.ToString(),
            Url = $"https://news.example.com/{story.Topic.Section}/{id}",
            Section = story.Topic.Section,
            Authors = Authors(random),
            PublishedAt = publishedAt,
            Summary = summary,
            Images = images,
            Tags = Tags(story),
        };
    }

    /// <summary>Fills <see cref="body"/> and returns its first sentence (a summary candidate).</summary>
    private string WriteBody(ArticleText text, bool followUp)
    {
        var random = text.Random;
        var topic = text.Story.Topic;
        var target = (int)Math.Clamp(random.LogNormal(MedianWords, WordsSigma), MinWords, MaxTargetWords);
        _body.Clear();
        _usedInBody.Clear();

        text.AppendSentence(_body, random.Pick(topic.Sentences));
        var lede = _body.ToString();
        var words = CountWords(0);
        var sentencesInParagraph = 1;
        var paragraphLength = random.Number(1, 2);
        var paragraphs = 1;
        while (words < target)
        {
            var start = _body.Length;
            if (sentencesInParagraph >= paragraphLength)
            {
                _body.Append("\n\n");
                sentencesInParagraph = 0;
                paragraphLength = random.Number(2, 4);
                paragraphs++;
            }
            else
            {
                _body.Append(' ');
            }

            text.AppendSentence(_body, (followUp && paragraphs == 2 && sentencesInParagraph == 0) ? FollowUp : PickSentence(random, topic));
            sentencesInParagraph++;
            words += CountWords(start);
        }

        return lede;
    }

    // Re-draws a few times to avoid repeating a sentence; long articles may still repeat once the bank is used up.
    private Template PickSentence(Randomizer random, Topic topic)
    {
        for (var attempt = 0; ; attempt++)
        {
            var template = random.Number(0, 9) switch
            {
                < 2 => random.Pick(SentenceBank.QuoteForms),
                < 4 => random.Pick(topic.Sentences),
                _ => random.Pick(SentenceBank.General),
            };
            if (_usedInBody.Add(template) || attempt == 3)
            {
                return template;
            }
        }
    }

    private string Line(ArticleText text, Template template)
    {
        _line.Clear();
        text.AppendSentence(_line, template);
        return _line.ToString();
    }

    private int CountWords(int from)
    {
        var count = 0;
        var inWord = false;
        for (var i = from; i < _body.Length; i++)
        {
            var space = char.IsWhiteSpace(_body[i]);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    private string Credit(Randomizer random)
    {
        var format = random.Pick(SentenceBank.CreditFormats);
        return format.Contains("{0}", StringComparison.Ordinal)
            ? string.Format(CultureInfo.InvariantCulture, format, pools.Photographers[pools.PhotographerSampler.Sample(random)])
            : format;
    }

    private string[] Authors(Randomizer random)
    {
        var first = pools.Bylines[pools.BylineSampler.Sample(random)];
        if (random.Number(0, 4) > 0)
        {
            return [first];
        }

        var second = pools.Bylines[pools.BylineSampler.Sample(random)];
        return second == first ? [first] : [first, second];
    }

    private static string[] Tags(Story story)
    {
        var tags = new List<string>(6) { story.Topic.Tag };
        tags.AddRange(story.Countries.Select(c => c.Name));
        tags.Add(story.Person.Name);
        tags.Add(story.Organisation.Name);
        return tags.Distinct(StringComparer.Ordinal).ToArray();
    }
}
