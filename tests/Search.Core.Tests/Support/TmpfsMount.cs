using System.Diagnostics;

namespace Search.Core.Tests.Support;

/// <summary>
/// A small tmpfs mounted for a disk-full test (CI runs as root); <see cref="TryMount"/> returns null, with the reason,
/// where mounting is not possible, so the test can say clearly that it was skipped.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount? TryMount(int megabytes, out string reason)
    {
        var path = Directory.CreateTempSubdirectory("tmpfs-").FullName;
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            reason = "mounting a tmpfs needs Linux and root (CI runs as root)";
            return null;
        }

        var (code, output) = Run("mount", $"-t tmpfs -o size={megabytes}m tmpfs {path}");
        if (code != 0)
        {
            reason = $"mount -t tmpfs failed: {output.Trim()}";
            Directory.Delete(path);
            return null;
        }

        reason = "";
        return new TmpfsMount(path);
    }

    /// <summary>Writes a filler file until the disk refuses more, leaving about <paramref name="spareBytes"/> free (0: none).</summary>
    public string Fill(long spareBytes = 0)
    {
        var filler = System.IO.Path.Combine(Path, "filler-" + Guid.NewGuid().ToString("N"));
        using (var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            // Large pieces first, then smaller ones, until not even one byte fits.
            foreach (var size in new[] { 1 << 20, 64 << 10, 4 << 10, 512, 1 })
            {
                var chunk = new byte[size];
                try
                {
                    while (true)
                    {
                        stream.Write(chunk);
                    }
                }
                catch (IOException)
                {
                    // This size no longer fits; try a smaller one.
                }
            }
        }

        if (spareBytes > 0)
        {
            using var stream = new FileStream(filler, FileMode.Open, FileAccess.Write);
            stream.SetLength(Math.Max(0, stream.Length - spareBytes));
        }

        return filler;
    }

    public void Dispose()
    {
        Run("umount", $"-l {Path}");
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private static (int Code, string Output) Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
