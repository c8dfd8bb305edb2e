namespace Search.Api.Tests.Contract;

/// <summary>One request a snapshot pins: a method, a path with its query string and, for a POST, a body sent as JSON.</summary>
public sealed record ApiCall(string Method, string Path, object? Body = null)
{
    public static ApiCall Get(string path) => new("GET", path);

    public static ApiCall Post(string path, object body) => new("POST", path, body);

    public override string ToString() => $"{Method} {Path}";
}
