using System.Globalization;
using System.Text;
using Bogus;
using Search.Synthetic.Randomness;
using Search.Synthetic.Stories;

using Search.Synthetic.Templates;

namespace Search.Synthetic.Writing;

/// <summary>Fills template slots for one article: the story's entities, the topic's words, fresh numbers.</summary>
internal sealed class ArticleText(Randomizer random, Story story, DateTimeOffset publishedAt) : ISlotFiller
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public Randomizer Random => random;

    public Story Story => story;

    /// <summary>Appends a template as a sentence, capitalising its first letter ("the Netherlands said" opens as "The").</summary>
    public void AppendSentence(StringBuilder builder, Template template)
    {
        var start = builder.Length;
        template.AppendTo(builder, this);
        var first = start < builder.Length && builder[start] == '"' ? start + 1 : start;
        if (first < builder.Length)
        {
            builder[first] = char.ToUpperInvariant(builder[first]);
        }
    }

    public void Fill(StringBuilder builder, Slot slot)
    {
        var countries = story.Countries;
        switch (slot)
        {
            case Slot.Person: builder.Append(story.Person.Name); break;
            case Slot.LastName: builder.Append(story.Person.LastName); break;
            case Slot.Role: builder.Append(story.Person.Role); break;
            case Slot.Person2: builder.Append(story.Person2.Name); break;
            case Slot.Role2: builder.Append(story.Person2.Role); break;
            case Slot.Org: builder.Append(story.Organisation.Display); break;
            // The lead country dominates the text, as it does in real coverage.
            case Slot.Country: builder.Append((random.Number(0, 3) == 0 ? random.Pick(countries) : countries[0]).Display); break;
            case Slot.Country2: builder.Append(story.Counterpart.Display); break;
            case Slot.Capital: builder.Append(countries[0].Capital); break;
            case Slot.Capital2: builder.Append(story.Counterpart.Capital); break;
            case Slot.Demonym: builder.Append(countries[0].Demonym); break;
            case Slot.Noun: builder.Append(random.Pick(story.Topic.Nouns)); break;
            case Slot.Noun2: builder.Append(random.Pick(story.Topic.Nouns)); break;
            case Slot.Event: builder.Append(random.Pick(story.Topic.Events)); break;
            case Slot.Adjective: builder.Append(random.Pick(SentenceBank.Adjectives)); break;
            case Slot.Number: builder.Append(random.Number(2, 950)); break;
            case Slot.Digit: builder.Append(random.Number(1, 9)); break;
            case Slot.Percent: builder.Append(random.Number(1, 60)).Append('.').Append(random.Number(0, 9)).Append('%'); break;
            case Slot.Money: AppendMoney(builder); break;
            case Slot.Weekday: builder.Append(random.Pick(Weekdays)); break;
            case Slot.Month: builder.Append(random.Pick(Months)); break;
            case Slot.Year: builder.Append(publishedAt.Year - random.Number(1, 15)); break;
            case Slot.Date: builder.Append(publishedAt.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)); break;
            case Slot.Quote: random.Pick(SentenceBank.QuoteBodies).AppendTo(builder, this); break;
            default: throw new ArgumentOutOfRangeException(nameof(slot), slot, "Unknown slot.");
        }
    }

    private void AppendMoney(StringBuilder builder)
    {
        builder.Append(random.Number(0, 2) == 0 ? '€' : '$')
            .Append(random.Number(1, 900));
        if (random.Bool())
        {
            builder.Append('.').Append(random.Number(1, 9));
        }

        builder.Append(random.Bool() ? " billion" : " million");
    }
}
