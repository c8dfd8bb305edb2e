namespace Search.Benchmarks.Searching;

/// <summary>The kinds of search-box query the issue asks to measure.</summary>
public enum QueryClass
{
    OneTerm,
    TwoTerms,
    Phrase,
    Filtered,
    Faceted,
    Misspelled,
    Newest,
}
