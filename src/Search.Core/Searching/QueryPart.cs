namespace Search.Core.Searching;

/// <summary>How a typed part takes part in matching.</summary>
public enum QueryPartMode { Should, Must, MustNot }

/// <summary>
/// One part of what a reader typed: a word, a "quoted phrase" or a prefix (<c>word*</c>), with its mode.
/// <see cref="Text"/> is raw user text; analysis happens when the Lucene query is built.
/// </summary>
public sealed record QueryPart(string Text, QueryPartMode Mode, bool IsPhrase, bool IsPrefix);
