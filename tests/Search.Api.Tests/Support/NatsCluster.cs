using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Search.Api.Tests.Support;

/// <summary>
/// A 3-node NATS JetStream cluster of real <c>nats-server</c> processes on free loopback ports, each with its own store
/// in a temporary folder; nodes are killed with SIGKILL by process id and restarted on the same ports and store.
/// </summary>
public sealed class NatsCluster : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-nats-tests", Guid.NewGuid().ToString("N"));
    private readonly int[] _clientPorts;
    private readonly int[] _routePorts;
    private readonly Process?[] _nodes;

    private NatsCluster(int size)
    {
        _clientPorts = Enumerable.Range(0, size).Select(_ => FreePort()).ToArray();
        _routePorts = Enumerable.Range(0, size).Select(_ => FreePort()).ToArray();
        _nodes = new Process?[size];
    }

    /// <summary>The Debian package's server, or one on PATH; null when neither is installed.</summary>
    public static string? ServerPath { get; } = FindServer();

    /// <summary>Why a replication test is skipped: only when the server is missing outside CI (in CI it must run and fails instead).</summary>
    public static string? SkipReason =>
        ServerPath is null && Environment.GetEnvironmentVariable("CI") != "true"
            ? "nats-server is not installed (apt-get install nats-server); the replication fault tests need it. In CI (CI=true) they fail instead."
            : null;

    /// <summary>Client URLs of every node, comma-separated, as Search:Replication:NatsUrl takes them.</summary>
    public string Url => string.Join(',', _clientPorts.Select(p => $"nats://127.0.0.1:{p}"));

    public int Size => _nodes.Length;

    public static NatsCluster Start(int size = 3)
    {
        if (ServerPath is null)
        {
            throw new InvalidOperationException("nats-server was not found (apt-get install nats-server).");
        }

        var cluster = new NatsCluster(size);
        for (var i = 0; i < size; i++)
        {
            cluster.StartNode(i);
        }

        return cluster;
    }

    /// <summary>Starts a cluster, or skips the calling <c>[SkippableFact]</c> for <see cref="SkipReason"/>.</summary>
    public static NatsCluster StartOrSkip(int size = 3)
    {
        Skip.If(SkipReason is not null, SkipReason);
        return Start(size);
    }

    /// <summary>The node whose client port is <paramref name="port"/>, or -1.</summary>
    public int NodeOnPort(int port) => Array.IndexOf(_clientPorts, port);

    /// <summary>SIGKILL: no shutdown of any kind, as a crashed machine.</summary>
    public void Kill(int node)
    {
        if (_nodes[node] is { } process)
        {
            process.Kill();
            process.WaitForExit(5000);
            process.Dispose();
            _nodes[node] = null;
        }
    }

    public void KillAll()
    {
        for (var i = 0; i < _nodes.Length; i++)
        {
            Kill(i);
        }
    }

    public void StartNode(int node)
    {
        var folder = Path.Combine(_root, $"n{node}");
        Directory.CreateDirectory(folder);
        var routes = string.Join(", ", _routePorts.Where((_, i) => i != node).Select(p => $"\"nats://127.0.0.1:{p}\""));
        var config = Path.Combine(folder, "nats.conf");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $$"""
            server_name: "n{{node}}"
            listen: "127.0.0.1:{{_clientPorts[node]}}"
            jetstream {
              store_dir: "{{Path.Combine(folder, "store")}}"
              max_memory_store: 64MB
              max_file_store: 1GB
            }
            cluster {
              name: "search-tests"
              listen: "127.0.0.1:{{_routePorts[node]}}"
              routes: [{{routes}}]
            }
            """));
        var start = new ProcessStartInfo(ServerPath!, ["-c", config, "-l", Path.Combine(folder, "nats.log")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nats-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _nodes[node] = process;
        WaitForPort(_clientPorts[node]);
    }

    public void Dispose()
    {
        KillAll();
        TempFolders.Delete(_root);
    }

    private static void WaitForPort(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"nats-server did not listen on port {port} within 10 s.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindServer()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin").Append("/usr/bin")
            .Select(dir => Path.Combine(dir, "nats-server"))
            .FirstOrDefault(File.Exists);
    }
}
