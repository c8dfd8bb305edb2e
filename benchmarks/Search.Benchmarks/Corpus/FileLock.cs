namespace Search.Benchmarks.Corpus;

/// <summary>
/// An exclusive lock file, so two benchmark processes never generate or build the same cache entry at
/// once (BenchmarkDotNet runs one process per case; a second run may be started by hand meanwhile).
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static FileLock Acquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = false;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                if (!waited)
                {
                    Console.WriteLine($"// waiting for another process holding {path}");
                    waited = true;
                }

                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
