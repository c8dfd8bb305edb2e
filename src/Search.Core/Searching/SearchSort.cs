namespace Search.Core.Searching;

public enum SearchSort { Relevance, Newest }
