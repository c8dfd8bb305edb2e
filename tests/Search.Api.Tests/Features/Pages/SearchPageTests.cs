using System.Net;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Pages;

[Collection(SeedApiCollection.Name)]
public sealed class SearchPageTests(SeedApiFixture api)
{
    [Fact]
    public async Task The_page_is_html_that_browsers_revalidate()
    {
        var response = await api.Client.GetAsync("/?q=russia");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("id=\"search-form\"", await response.Content.ReadAsStringAsync());
    }
}
