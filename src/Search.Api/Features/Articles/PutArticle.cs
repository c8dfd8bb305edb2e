using Mediator;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Features.Articles;

/// <summary>PUT /api/articles/{id}: insert or replace one article (the CMS publishing or correcting a story).</summary>
public static class PutArticle
{
    public sealed record Command(Article Article) : IRequest<Response>;

    public sealed record Response(string Id, bool Created);

    public sealed class Handler(IndexStore store, ArticleLookup articles) : IRequestHandler<Command, Response>
    {
        public ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var existed = articles.Find(command.Article.Id) is not null;
            store.Upsert(command.Article);
            return ValueTask.FromResult(new Response(command.Article.Id, !existed));
        }
    }
}
