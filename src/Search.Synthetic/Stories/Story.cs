using Search.Synthetic.Newsroom;

namespace Search.Synthetic.Stories;

/// <summary>
/// The entities a thread of coverage is about. Every article continuing the thread shares them,
/// which is what makes the corpus's related-article pairs real.
/// </summary>
/// <param name="Countries">1–3 countries, the first being where the story happens.</param>
/// <param name="Counterpart">The other country in "X and Y" sentences: the second country, or one drawn for the thread.</param>
/// <param name="Person">The protagonist, quoted and named in headlines.</param>
/// <param name="Person2">A second voice, from the second country when there is one.</param>
internal sealed record Story(
    Topic Topic,
    IReadOnlyList<NewsCountry> Countries,
    NewsCountry Counterpart,
    PublicFigure Person,
    PublicFigure Person2,
    Organisation Organisation,
    DateTimeOffset Start);
