namespace Search.Api.Tests.Support;

/// <summary>The host with its indexing service removed: the index is never built.</summary>
public sealed class UnbuiltSearchApiFactory : SearchApiFactory
{
    protected override bool StartIndexing => false;
}
