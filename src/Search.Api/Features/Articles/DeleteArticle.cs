using Mediator;
using Search.Core.Indexing;

namespace Search.Api.Features.Articles;

/// <summary>DELETE /api/articles/{id}: take a story down from search and related lists.</summary>
public static class DeleteArticle
{
    public sealed record Command(string Id) : IRequest<bool>;

    public sealed class Handler(IndexStore store) : IRequestHandler<Command, bool>
    {
        public ValueTask<bool> Handle(Command command, CancellationToken cancellationToken) =>
            ValueTask.FromResult(store.Delete(command.Id));
    }
}
