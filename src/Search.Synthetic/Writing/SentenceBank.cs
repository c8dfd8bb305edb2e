using Search.Synthetic.Templates;

namespace Search.Synthetic.Writing;

/// <summary>
/// Topic-neutral sentences every story can use. Their slots pull in the story's entities and the
/// topic's vocabulary, so even generic prose carries the story's signal.
/// </summary>
internal static class SentenceBank
{
    public static IReadOnlyList<Template> General { get; } = Parse(
        "{person}, {role}, said on {weekday} that {country} would respond to the {noun}.",
        "The {noun} has dominated headlines in {country} for weeks.",
        "Officials in {capital} declined to comment on the {noun}.",
        "The government {event} late on {weekday}, according to state media.",
        "Critics say the {noun} exposes deeper problems in {country}.",
        "Analysts said the move could reshape relations between {country} and {country2}.",
        "{org} has been closely involved since the {noun} began.",
        "Speaking in {capital}, {lastname} said the {noun} was a {adjective} moment for the country.",
        "{demonym} media reported that {number} people attended the meeting.",
        "The announcement came as {country2} {event}.",
        "{person2}, {role2}, called the decision {adjective}.",
        "In {month}, {country} {event}, a step many saw as a turning point.",
        "The debate over the {noun} and the {noun2} is likely to continue.",
        "{lastname} has faced growing pressure over the {noun} since taking office.",
        "Polling suggests {percent} of {demonym} adults support the government's approach to the {noun}.",
        "A spokesperson for {org} said talks were continuing.",
        "Neighbouring {country2} has watched the {noun} with concern.",
        "The figures mark the sharpest change since {year}.",
        "Protesters gathered outside government buildings in {capital} on {weekday}.",
        "The {noun} is estimated to have cost {money} so far.",
        "Diplomats said {country2} had been briefed in advance.",
        "Some economists warned that the {noun} could weigh on growth in {country}.",
        "{org} is expected to publish its assessment in {month}.",
        "It is the most {adjective} development in the {noun} this year.",
        "Local officials said {number} families had been affected.",
        "{lastname} is due to travel to {capital2} later this month.",
        "Opposition politicians accused the government of mishandling the {noun}.",
        "The ministry in {capital} said it was monitoring the situation.",
        "Residents interviewed in {capital} were divided over the {noun}.",
        "Independent experts cautioned against drawing firm conclusions about the {noun}.",
        "The {noun2} was not expected to be resolved quickly.",
        "Earlier this year, {country} {event}.",
        "The issue is likely to feature at the next meeting of {org}.",
        "{demonym} newspapers ran the story on their front pages.",
        "Turnover, jobs and the {noun} will all be watched closely in the coming weeks.",
        "Neither side gave details of the {noun2}.",
        "The measures will take effect on {weekday}, officials said.",
        "{org} declined to say whether {lastname} had been consulted.",
        "According to official figures, the {noun} has risen by {percent} in a year.",
        "It was not immediately clear how {country2} would respond.");

    /// <summary>What people say; used inside the quote forms below (no closing punctuation).</summary>
    public static IReadOnlyList<Template> QuoteBodies { get; } = Parse(
        "We will not accept the {noun} on these terms",
        "This is a {adjective} moment for {country}",
        "Our priority is the safety of every citizen",
        "The {noun} affects millions of people and we must act",
        "We are in close contact with our partners in {capital2}",
        "Nobody should be surprised by the {noun}",
        "There is still time for a deal on the {noun2}",
        "We have been clear from the start",
        "The numbers speak for themselves",
        "{org} stands ready to help",
        "This is about the future of {country}",
        "We expect results, not promises",
        "The {noun} was avoidable",
        "I have asked my team to review the {noun2} urgently",
        "Families in {capital} deserve answers");

    public static IReadOnlyList<Template> QuoteForms { get; } = Parse(
        "\"{quote},\" said {person}, {role}.",
        "\"{quote},\" {lastname} told reporters in {capital}.",
        "{person}, {role}, said: \"{quote}.\"",
        "\"{quote},\" said {person2}, {role2}.",
        "\"{quote},\" {lastname} said in a statement. \"{quote}.\"",
        "In an interview, {lastname} said: \"{quote}.\"",
        "\"{quote},\" a spokesperson for {org} said.");

    public static IReadOnlyList<Template> Standfirsts { get; } = Parse(
        "{person} says {country} will not back down as the {noun} deepens.",
        "The {noun} puts {lastname} under pressure at home and abroad.",
        "What the {noun} means for {country} and {country2}.",
        "{demonym} officials scramble to respond as {org} weighs in.",
        "The {noun2} and the {noun} top the agenda in {capital}.");

    public static IReadOnlyList<Template> Captions { get; } = Parse(
        "{person}, {role}, speaks to reporters in {capital} on {date}.",
        "People gather in {capital}, {country}, on {date}.",
        "{person} arrives for a meeting with {person2} in {capital2} on {date}.",
        "A view of {capital}, {country}, on {date}, as the {noun} continues.",
        "{demonym} officials attend a briefing on the {noun} in {capital} on {date}.",
        "{person2}, {role2}, at a news conference on {date}.",
        "Delegates at a meeting of {org} on {date}.");

    public static IReadOnlyList<string> CreditFormats { get; } =
        ["Reuters/{0}", "AP Photo/{0}", "Getty Images", "AFP via Getty Images", "{0}/Bloomberg", "EPA-EFE/{0}", "{0}/AFP", "Anadolu via Getty Images"];

    // All start with a consonant: templates write "a {adjective} moment".
    public static IReadOnlyList<string> Adjectives { get; } =
    [
        "decisive", "difficult", "historic", "worrying", "significant", "startling", "critical", "surprising",
        "welcome", "dangerous", "pivotal", "sobering",
    ];

    private static Template[] Parse(params string[] texts) => texts.Select(Template.Parse).ToArray();
}
