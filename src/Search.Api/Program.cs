using Search.Api;
using Search.Api.Features;
using Search.Api.Hosting;
using Search.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
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
