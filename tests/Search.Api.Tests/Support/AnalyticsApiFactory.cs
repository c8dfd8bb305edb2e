using Microsoft.AspNetCore.Hosting;

namespace Search.Api.Tests.Support;

/// <summary>
/// A host with the API key and analytics tuned for tests: popular queries read again after every batch, and any other
/// settings given (<c>Search:Limits:EventsPerClientPerMinute</c>, <c>Search:Analytics:MaxRows</c>, ...).
/// </summary>
public sealed class AnalyticsApiFactory(params (string Key, string Value)[] settings) : SearchApiFactory(apiKey: WriteApi.Key)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:Analytics:SuggestRefreshSeconds", "0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
