namespace Search.Cli.Tests;

public sealed class ExitCodesTests
{
    [Fact]
    public void Exit_codes_keep_the_numbers_scripts_test_for()
    {
        Assert.Equal(0, ExitCodes.Success);
        Assert.Equal(1, ExitCodes.Failure);
        Assert.Equal(2, ExitCodes.Usage);
        Assert.Equal(130, ExitCodes.Cancelled);
    }
}
