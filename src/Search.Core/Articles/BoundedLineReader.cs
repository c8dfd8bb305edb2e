using System.Text;

namespace Search.Core.Articles;

/// <summary>
/// Reads lines without ever holding more than <c>maxChars</c> of one: an oversized line is
/// skipped to its end and reported, so a 50 MB line costs a scan, not 50 MB of memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    /// <summary>Reads the next line; false at the end. <paramref name="oversized"/> is true when the line was cut and dropped.</summary>
    public bool TryReadLine(out string line, out bool oversized)
    {
        _line.Clear();
        oversized = false;
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    line = oversized ? "" : _line.ToString();
                    return sawAny;
                }
            }

            sawAny = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf('\n');
            var chunk = newline >= 0 ? span[..newline] : span;
            if (!oversized)
            {
                if (_line.Length + chunk.Length > maxChars)
                {
                    oversized = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(chunk);
                }
            }

            _position += chunk.Length + (newline >= 0 ? 1 : 0);
            if (newline >= 0)
            {
                line = oversized ? "" : TrimCarriageReturn(_line);
                return true;
            }
        }
    }

    private static string TrimCarriageReturn(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
}
