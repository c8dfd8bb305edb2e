namespace Search.Api.Tests.Support;

/// <summary>One ready host on the seed corpus, shared by the read-only tests (<see cref="SeedApiCollection"/>).</summary>
public sealed class SeedApiFixture : IAsyncLifetime
{
    public SearchApiFactory Factory { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Factory.ReadyClientAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
