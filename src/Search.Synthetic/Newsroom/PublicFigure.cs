namespace Search.Synthetic.Newsroom;

/// <summary>An invented public figure, stable for a seed: a politician of a country or an executive of a company.</summary>
/// <param name="Role">Ready to follow a comma: "foreign minister of France", "chief executive of Halvorsen Energy".</param>
internal sealed record PublicFigure(string Name, string LastName, string Role, NewsCountry Country, Organisation? Employer);
