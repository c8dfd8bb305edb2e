namespace Search.Core.Entities;

/// <summary>
/// The word lists that turn runs of capitalised words into person or organisation names: what is
/// never part of a name, what is a title ("President"), what makes a run an organisation ("Council").
/// </summary>
internal static class ProperNounRules
{
    // Capitalised only because they start a sentence or a headline word, or dates: never a name.
    private static readonly WordSet StopWords = new(
        "a an the this that these those there here it its he she we they i you his her our their my your " +
        "and or but nor so yet if then than when while where why how what who whom which whose after before " +
        "as at by for from in into of off on onto out over to under up with within without about above across " +
        "against along among around behind below beside between beyond during except inside near since through " +
        "toward towards upon via no not yes all any both each every few many more most much other some such " +
        "only also even just still meanwhile however indeed instead unlike despite although though because " +
        "is are was were be been being has have had do does did will would shall should can could may might must " +
        "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday " +
        "january february march april may june july august september october november december " +
        "jan feb mar apr jun jul aug sep sept oct nov dec " +
        "first second third last next new according read watch listen subscribe share photo photos file");

    // Leading titles are stripped and mark the rest of the run as a person.
    private static readonly WordSet Titles = new(
        "president vice prime minister chancellor premier secretary senator sen rep representative congressman " +
        "congresswoman governor gov mayor judge justice ambassador general gen admiral colonel col captain capt " +
        "lieutenant lt sergeant commander chief leader king queen prince princess emperor pope ayatollah sheikh " +
        "emir sultan mr mrs ms dr prof professor sir dame lord lady ceo chairman chairwoman chair director " +
        "spokesman spokeswoman spokesperson envoy foreign defence defense finance deputy former opposition " +
        "dictator strongman state saint st");

    // Any of these in a run makes it an organisation ("Collective Security Council", "GZERO Media").
    private static readonly WordSet OrganisationWords = new(
        "organisation organization council ministry department party bank company inc corp corporation co ltd " +
        "llc plc agency university college institute committee commission union association media group forces " +
        "army navy force guard police service services court parliament assembly congress senate government " +
        "foundation fund federation league alliance front movement coalition network news times post journal " +
        "podcast press tv radio airlines airways motors bureau office board authority administration club " +
        "school hospital church brigade battalion regiment command centre center trust holdings industries");

    // Capitalised words that do not occur inside personal names; a run holding one is not a person.
    private static readonly WordSet NonNameWords = new(
        "west east north south western eastern northern southern central great old world national international " +
        "global republic kingdom united federal democratic people amendment war wars cold act bill treaty " +
        "wing street avenue road square river sea ocean lake mountain mountains valley island islands county " +
        "city town region province district strait gulf bay coast desert airport station covid zero day year " +
        "summit conference games cup prize award festival series season show tech capitol hall");

    // Lower-case words allowed inside a name: particles of persons, "of"/"for" of organisations.
    private static readonly WordSet Particles = new("de du da do dos das del della di van von der den la le bin ibn al el");

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopWords.Contains(word);

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    public static bool IsOrganisationWord(ReadOnlySpan<char> word) => OrganisationWords.Contains(word);

    public static bool IsNonNameWord(ReadOnlySpan<char> word) => NonNameWords.Contains(word);

    public static bool IsParticle(ReadOnlySpan<char> word) => Particles.Contains(word);

    public static bool IsOrganisationConnector(ReadOnlySpan<char> word) => word is "of" or "for";

    private sealed class WordSet(string spaceSeparated)
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            new HashSet<string>(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    }
}
