using Mediator;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Related;

namespace Search.Api.Features.Related;

/// <summary>POST /api/related: "More from" for a draft that is not published yet (the CMS preview).</summary>
public static class RelatedToDraft
{
    public sealed record Command(Article Draft, int Count) : IRequest<RelatedArticles.Response>;

    public sealed class Handler(RelatedFinder related) : IRequestHandler<Command, RelatedArticles.Response>
    {
        public ValueTask<RelatedArticles.Response> Handle(Command command, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new RelatedArticles.Response(command.Draft.Id, related.ForDraft(command.Draft, command.Count), 0));
    }
}
