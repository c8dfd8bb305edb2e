using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Hosting;

public sealed class TracingTests
{
    [Fact]
    public async Task No_tracer_is_registered_unless_an_OTLP_endpoint_is_configured()
    {
        await using var plain = new SearchApiFactory();
        await plain.ReadyClientAsync();
        Assert.Null(plain.Services.GetService<TracerProvider>());

        // Nothing listens on the port: the batch exporter's failures are its own, the host still serves.
        await using var traced = new OtlpFactory("http://127.0.0.1:9");
        var client = await traced.ReadyClientAsync();
        Assert.NotNull(traced.Services.GetService<TracerProvider>());
        Assert.True((await client.GetAsync("/api/search?q=kazakhstan")).IsSuccessStatusCode);
    }

    private sealed class OtlpFactory(string endpoint) : SearchApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint);
        }
    }
}
