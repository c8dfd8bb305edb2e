using Search.Synthetic.Templates;

namespace Search.Synthetic.Newsroom;

/// <summary>
/// What a story is about, with the vocabulary that makes its articles resemble each other more
/// than they resemble other topics (so "more like this" has something to find).
/// </summary>
/// <param name="Tag">The tag and the topic's name: "elections".</param>
/// <param name="Section">The URL section the topic files under: "politics".</param>
/// <param name="Weight">Relative frequency among all stories.</param>
/// <param name="BusinessLike">Stories where an executive is as likely a protagonist as a politician.</param>
internal sealed record Topic(
    string Tag,
    string Section,
    int Weight,
    bool BusinessLike,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Events,
    IReadOnlyList<Organisation> Institutions,
    IReadOnlyList<Template> Headlines,
    IReadOnlyList<Template> Sentences);
