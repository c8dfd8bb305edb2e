using System.Text;

namespace Search.Core.Semantics;

/// <summary>
/// Text as the MiniLM package's tokenizer can read it. That tokenizer splits words on spaces only (a newline joins
/// two words into one unknown token), lower-cases without removing accents (the uncased vocabulary has none, so
/// "Zürich" is unknown), and splits on ASCII punctuation only (so "Putin’s" is not "putin ' s"). Folding the text
/// first gives it what BERT's own tokenizer would have seen.
/// </summary>
internal static class TokenizerText
{
    private const char FirstFolded = '\u00C0';

    /// <summary>
    /// The base letter of each of U+00C0 to U+024F (Latin-1 letters, Latin Extended-A and -B), from Unicode's
    /// canonical decompositions plus the letters that have none (ø, ł, đ); a character with no base letter maps to itself.
    /// The invariant globalization mode the engine runs in has no String.Normalize data, hence the table.
    /// </summary>
    private const string BaseLetters =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlĿŀLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ" +
        "bƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖIƘƙlƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaǢǣǤǥGgKkOoOoǮǯjǱǲǳGgǶǷNnAaǼǽǾǿ" +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    /// <summary>Whitespace runs to one space, accents off Latin letters, typographic quotes and dashes to ASCII.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case '‘' or '’' or '‛' or '′':
                    folded.Append('\'');
                    break;
                case '“' or '”' or '„' or '″' or '«' or '»':
                    folded.Append('"');
                    break;
                case '–' or '—' or '‐' or '‑' or '−':
                    folded.Append('-');
                    break;
                case '…':
                    folded.Append("...");
                    break;
                case 'ß':
                    folded.Append("ss");
                    break;
                case 'æ' or 'Æ':
                    folded.Append(c == 'æ' ? "ae" : "AE");
                    break;
                case 'œ' or 'Œ':
                    folded.Append(c == 'œ' ? "oe" : "OE");
                    break;
                case >= FirstFolded and < (char)(FirstFolded + 400):
                    folded.Append(BaseLetters[c - FirstFolded]);
                    break;
                default:
                    folded.Append(c);
                    break;
            }
        }

        return folded.ToString();
    }
}
