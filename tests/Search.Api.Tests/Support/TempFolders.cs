namespace Search.Api.Tests.Support;

/// <summary>
/// Removes a test's index folder after its host has stopped. Best effort: a Lucene file can still be
/// closing when the delete walks the folder ("Directory not empty"), so it tries a few times and then
/// leaves the folder to the temp cleaner; a folder left behind says nothing about the feature tested.
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
