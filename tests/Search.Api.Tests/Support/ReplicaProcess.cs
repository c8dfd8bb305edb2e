using System.Diagnostics;

namespace Search.Api.Tests.Support;

/// <summary>
/// One replica as a real process (the host's own Search.Api.dll from the test's output folder) on a free loopback port,
/// so it can be killed with SIGKILL mid-write and restarted on the same index folder.
/// </summary>
public sealed class ReplicaProcess : IDisposable
{
    private readonly string _natsUrl;
    private readonly string _replicaId;
    private Process? _process;
    private StreamWriter? _log;

    public ReplicaProcess(string natsUrl, string replicaId, string indexPath)
    {
        _natsUrl = natsUrl;
        _replicaId = replicaId;
        IndexPath = indexPath;
        Port = NatsCluster.FreePort();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", WriteApi.Key);
    }

    public string IndexPath { get; }

    public int Port { get; }

    public HttpClient Client { get; }

    public void Start()
    {
        Directory.CreateDirectory(IndexPath);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = IndexPath,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "Search.Api.dll"),
                     $"--urls=http://127.0.0.1:{Port}",
                     $"--Search:CorpusPath={Path.Combine(SearchApiFactory.RepositoryRoot, "index", "corpus")}",
                     $"--Search:IndexPath={IndexPath}",
                     $"--Search:ApiKey={WriteApi.Key}",
                     $"--Search:Replication:NatsUrl={_natsUrl}",
                     $"--Search:Replication:ReplicaId={_replicaId}",
                     "--Search:Semantic:Enabled=false",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        _log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"search-replica-{_replicaId}-{Port}.log"), append: true) { AutoFlush = true };
        var log = _log;
        _process = Process.Start(start) ?? throw new InvalidOperationException("The replica process did not start.");
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>SIGKILL: no shutdown, no last commit; what survives is what was on disk.</summary>
    public void Kill()
    {
        if (_process is { } process)
        {
            process.Kill();
            process.WaitForExit(10_000);
            process.Dispose();
            _process = null;
        }
    }

    public async Task WaitReadyAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await Client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Replica {_replicaId} was not ready within {within.TotalSeconds} s.");
    }

    public void Dispose()
    {
        Kill();
        Client.Dispose();
        _log?.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The test is over.
            }
        }
    }
}
