using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Contract;

/// <summary>
/// A recorded snapshot, Contract/Snapshots/NAME.json, read from and written to the source tree (not bin), so
/// that UPDATE_SNAPSHOTS=1 rewrites the committed file and its diff shows what changed. Without that
/// variable a missing file or any difference fails, naming the first call that differs.
/// </summary>
internal static class SnapshotFile
{
    private const int ContextLines = 4;

    // Unescaped '<', '&' and non-ASCII text keep snippets readable; bodySha256 still pins the bytes as sent.
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Folder { get; } = Path.Combine(SearchApiFactory.RepositoryRoot, "tests", "Search.Api.Tests", "Contract", "Snapshots");

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    /// <summary>Rewrites the file when updating; otherwise fails unless it holds exactly <paramref name="calls"/>.</summary>
    public static void Match(string name, string corpus, JsonArray calls)
    {
        var path = Path.Combine(Folder, name + ".json");
        var actual = new JsonObject { ["corpus"] = corpus, ["calls"] = calls };
        var actualText = actual.ToJsonString(Pretty) + "\n";
        if (Updating)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actualText);
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"No snapshot at {path}. Record it with UPDATE_SNAPSHOTS=1 on code whose answers are right, and commit it.");
        }

        var expectedText = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expectedText != actualText)
        {
            Assert.Fail($"The answers differ from {path}.\n{FirstDifference(JsonNode.Parse(expectedText)!, actual)}\n"
                + "If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the snapshot's diff before committing it.");
        }
    }

    private static string FirstDifference(JsonNode expected, JsonObject actual)
    {
        var want = expected["calls"]?.AsArray() ?? [];
        var got = actual["calls"]!.AsArray();
        for (var i = 0; i < Math.Max(want.Count, got.Count); i++)
        {
            var wantText = i < want.Count ? want[i]!.ToJsonString(Pretty) : "(not in the snapshot)";
            var gotText = i < got.Count ? got[i]!.ToJsonString(Pretty) : "(no longer made)";
            if (wantText != gotText)
            {
                var request = (string?)got.ElementAtOrDefault(i)?["request"] ?? (string?)want[i]!["request"];
                return $"First differing call, {i + 1} of {got.Count}: {request}\n{Excerpt(wantText, gotText)}";
            }
        }

        return $"The calls are equal; the difference is outside them:\n{Excerpt(expected.ToJsonString(Pretty), actual.ToJsonString(Pretty))}";
    }

    private static string Excerpt(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var at = 0;
        while (at < want.Length && at < got.Length && want[at] == got[at])
        {
            at++;
        }

        var hint = at < got.Length && got[at].TrimStart().StartsWith("\"bodySha256\"", StringComparison.Ordinal)
            ? " (only the hash: the body reads the same but its bytes differ, e.g. in escaping or number format)"
            : "";
        return $"at line {at + 1} of the call{hint}\n--- expected\n{Lines(want, at)}\n+++ actual\n{Lines(got, at)}";
    }

    private static string Lines(string[] lines, int at) =>
        string.Join('\n', lines.Skip(Math.Max(0, at - ContextLines)).Take(2 * ContextLines + 1)
            .Select(line => line.Length > 240 ? line[..240] + "…" : line));
}
