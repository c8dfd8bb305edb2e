using Search.Api;
using Search.Api.Features;
using Search.Api.Hosting;
using Search.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
// The page (wwwroot) is found through the build's static web assets manifest whatever the environment, so
// `dotnet run` from the repository root (relative data paths read from there) still serves it; a published app
// has no manifest and serves its own wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddSearchApi(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseReaderPages();
app.UseRateLimiter();
app.UseMetricsEndpoint();
app.MapOpenApi();
app.MapHealthEndpoints();
app.MapSearchApi();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
