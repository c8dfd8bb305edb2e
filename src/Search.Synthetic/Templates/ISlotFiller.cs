using System.Text;

namespace Search.Synthetic.Templates;

/// <summary>Supplies the words for a template's slots; the article being written knows its people, places and dates.</summary>
internal interface ISlotFiller
{
    void Fill(StringBuilder builder, Slot slot);
}
