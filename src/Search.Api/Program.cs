using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Search.Api;
using Search.Api.Endpoints;
using Search.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSearchApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseReaderPages();
app.MapOpenApi();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.WriteAsync });
app.MapSearchEndpoints();
app.MapRelatedEndpoints();
app.MapWriteEndpoints();
app.MapPageEndpoints();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
