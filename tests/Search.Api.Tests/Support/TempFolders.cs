namespace Search.Api.Tests.Support;

/// <summary>
/// Removes a test's index folder after its host has stopped. Best effort: once in four full runs a file
/// appeared in a generation folder while the delete walked it ("Directory not empty", after the host had
/// stopped; the writer of that file was not pinned down), so it tries a few times and then leaves the
/// folder to the temp cleaner. A folder left behind says nothing about the feature a test checks.
/// </summary>
internal static class TempFolders
{
    public static void Delete(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == 5)
                {
                    return;
                }

                Thread.Sleep(100 * attempt);
            }
        }
    }
}
