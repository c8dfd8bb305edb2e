using System.Text;

namespace Search.Synthetic.Templates;

/// <summary>
/// A sentence with <c>{slot}</c> placeholders, parsed once into literal and slot parts so that
/// filling it in the hot loop is only appends (no string searching or replacing per article).
/// </summary>
internal sealed class Template
{
    private readonly string[] _literals;
    private readonly Slot[] _slots;

    private Template(string[] literals, Slot[] slots)
    {
        _literals = literals;
        _slots = slots;
    }

    public static Template Parse(string text)
    {
        var literals = new List<string>();
        var slots = new List<Slot>();
        var position = 0;
        while (true)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                literals.Add(text[position..]);
                return new Template([.. literals], [.. slots]);
            }

            var close = text.IndexOf('}', open);
            if (close < 0 || !Enum.TryParse<Slot>(text[(open + 1)..close], ignoreCase: true, out var slot))
            {
                throw new FormatException($"Bad slot at {open} in template \"{text}\".");
            }

            literals.Add(text[position..open]);
            slots.Add(slot);
            position = close + 1;
        }
    }

    public void AppendTo(StringBuilder builder, ISlotFiller filler)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            builder.Append(_literals[i]);
            filler.Fill(builder, _slots[i]);
        }

        builder.Append(_literals[^1]);
    }
}
