namespace Search.Core.Configuration;

/// <summary>
/// An options class that can say what is wrong with its values, each problem naming the configuration key
/// an operator has to change ("Search:Index:RamBufferMb must be between 1 and 2,047; it is 0").
/// </summary>
public interface IValidatedOptions
{
    IEnumerable<string> Problems();
}
