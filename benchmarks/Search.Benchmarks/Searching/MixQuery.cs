namespace Search.Benchmarks.Searching;

/// <summary>
/// One query of the mix: what a reader types (<see cref="Text"/>), the section filter or newest-first
/// order if any, and <see cref="RawText"/>, the SimpleQueryParser input of the raw equivalent.
/// </summary>
public sealed record MixQuery(QueryClass Class, string Text, string? Section = null, bool Newest = false, string? RawText = null)
{
    public string RawQuery => RawText ?? Text;
}
