namespace Search.Cli;

/// <summary>The process exit codes, the same as before System.CommandLine: scripts and CI test them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but could not finish: missing data, unreadable files.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown command or option, bad value, missing required option.</summary>
    public const int Usage = 2;

    /// <summary>The shell convention for Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
