namespace Search.Core.Suggestions;

/// <summary>What readers often searched for and found something: the search box offers those that start with what is typed.</summary>
public interface IPopularQueries
{
    /// <summary>Up to <paramref name="count"/> popular queries starting with <paramref name="typed"/> (as typed; matched case-blind), most searched first.</summary>
    IReadOnlyList<string> StartingWith(string typed, int count);
}
