namespace Search.Core.Entities;

/// <summary>
/// The word lists that turn runs of capitalised words into person or organisation names: what is
/// never part of a name, what is a title ("President"), what makes a run an organisation ("Council").
/// </summary>
internal static class ProperNounRules
{
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build();

    // Capitalised only because they start a sentence or a headline word, or dates: never a name.
    private const string StopWords =
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
        "first second third last next new according read watch listen subscribe share photo photos file";

    // Titles are stripped and mark the words after the last of them as a person ("Superior Court Judge
    // James Bodiford", "Chiefs QB Brady Quinn"); a run that ends in one names nobody ("Best Actress").
    private const string Titles =
        "president vice prime minister chancellor premier secretary senator sen rep representative congressman " +
        "congresswoman governor gov mayor judge justice ambassador general gen admiral colonel col captain capt " +
        "lieutenant lt sergeant sgt major maj commander chief leader king queen prince princess emperor pope " +
        "ayatollah sheikh emir sultan mr mrs ms dr prof professor sir dame lord lady ceo chairman chairwoman chair " +
        "director spokesman spokeswoman spokesperson envoy foreign defence defense finance deputy former opposition " +
        "dictator strongman state saint st speaker commissioner councillor councilman sheriff detective inspector " +
        "officer constable prosecutor attorney coroner magistrate rev reverend rabbi imam bishop archbishop cardinal " +
        "coach manager striker goalkeeper midfielder defender quarterback receiver linebacker kicker qb rb wr te cb lb " +
        "actor actress singer rapper executive fullback halfback tailback lineman mp mep";

    // Titles that are also surnames: at the end of a run after a name they are the surname ("John Major").
    private const string SurnameTitles = "king queen prince lord major bishop cardinal judge chancellor pope sheriff";

    // Given names that are also common words: the article writing "frank" in lower case says nothing against "Frank Arnesen".
    private const string WordlikeGivenNames =
        "will mark bill rose grace hope faith joy pat frank jack bob sue guy max art dean earl ray don rich drew gene " +
        "chuck carol chase miles cash sky summer dawn crystal amber ruby pearl ivy holly iris heather hunter mason cooper " +
        "carter taylor terry penny sandy rusty buck hank woody cliff glen dale heath brook ernest wade chip lance bud " +
        "rocky sonny sunny misty melody harmony destiny autumn star august april june may";

    // Generational suffixes: kept out of the name so the surname is the word before ("Comeaux Jr").
    private const string Suffixes = "jr sr ii iii iv";

    // Any of these in a run makes it an organisation ("Collective Security Council", "GZERO Media").
    private const string OrganisationWords =
        "organisation organization council ministry department party bank banque company inc corp corporation co " +
        "ltd llc plc lp ag gmbh nv sa spa cie cos pty bhd agency university college institute committee commission " +
        "union association media group forces army navy force guard guards corps police patrol service services " +
        "court parliament assembly congress senate government foundation fund federation league alliance front " +
        "movement coalition network news times post journal daily herald tribune telegraph gazette chronicle " +
        "magazine podcast press tv radio airlines airways motors bureau office board authority administration club " +
        "fc afc school hospital clinic church brigade battalion regiment command centre center trust holdings " +
        "industries enterprises survey guild society societies academy laboratory laboratories community exchange " +
        "securities guaranty bancorp insurance financial investments equities partners capital wireless telecom " +
        "communications electronics technologies software systems pharmaceuticals petroleum energy steel chemicals " +
        "pictures studios films records entertainment productions cafe cafes united";

    // After a country alone these name no particular body ("French TV", "US Army"), only the country.
    private const string GenericOrganisationWords = "tv radio media press news government authorities police forces army navy military";

    // Legal forms after a company's name: "Intel Corp" is Intel.
    private const string LegalForms = "inc corp corporation co ltd llc plc lp ag gmbh nv sa spa pty bhd";

    // A run that ends in one of these is a place ("Newport Beach", "Arrowhead Stadium", "Kansas City").
    private const string PlaceWords =
        "beach hills springs heights falls valley island islands county city bay lake river mountain mountains " +
        "coast ocean sea strait gulf desert peninsula province region district stadium arena dome park square " +
        "bridge highway freeway motorway expressway parkway boulevard blvd avenue ave street road airport station " +
        "harbour harbor canal plaza palace cathedral mosque abbey tower courthouse mall mine ranch prison jail";

    // A run of two or more words that starts with one of these is a place ("Fort Smith", "Lake Tahoe").
    private const string LeadingPlaceWords = "fort mount mt lake port cape";

    // Capitalised words that do not occur inside personal names; a run holding one is not a person.
    private const string NonNameWords =
        "west east north south western eastern northern southern central great old world national international " +
        "global republic kingdom federal democratic people amendment war wars cold treaty " +
        "wing street avenue road square river sea ocean lake mountain mountains valley island islands county " +
        "city town region province district strait gulf bay coast desert airport station covid zero day year " +
        "summit conference games cup prize award awards festival series season show tech capitol hall " +
        "championship championships tournament olympics bowl draft trophy marathon election elections " +
        "referendum revolution crisis hurricane typhoon storm cyclone operation program programme project " +
        "million billion trillion high results kurds jews muslims christians catholics protestants sunnis shias " +
        "shiites arabs";

    // Words that end bills and laws but also begin names ("Crime Bill", not "Bill Gates").
    private const string LastNonNameWords = "bill act";

    // Words before a place that say it is the place, not a team named after it ("in San Diego").
    private const string Locatives = "in near outside inside downtown across around";

    // Lower-case words allowed inside a name: particles of persons, "of"/"for" of organisations.
    private const string Particles = "de des du da do dos das del della di van von der den la le bin ibn al el";

    public static bool IsStopWord(ReadOnlySpan<char> word) => Is(word, WordClass.Stop);

    public static bool IsTitle(ReadOnlySpan<char> word) => Is(word, WordClass.Title);

    public static bool IsSurnameTitle(ReadOnlySpan<char> word) => Is(word, WordClass.SurnameTitle);

    public static bool IsWordlikeGivenName(ReadOnlySpan<char> word) => Is(word, WordClass.WordlikeGivenName);

    public static bool IsSuffix(ReadOnlySpan<char> word) => Is(word, WordClass.Suffix);

    public static bool IsOrganisationWord(ReadOnlySpan<char> word) => Is(word, WordClass.Organisation);

    public static bool IsGenericOrganisationWord(ReadOnlySpan<char> word) => Is(word, WordClass.GenericOrganisation);

    public static bool IsLegalForm(ReadOnlySpan<char> word) => Is(word, WordClass.LegalForm);

    public static bool IsPlaceWord(ReadOnlySpan<char> word) => Is(word, WordClass.Place);

    public static bool IsLeadingPlaceWord(ReadOnlySpan<char> word) => Is(word, WordClass.LeadingPlace);

    public static bool IsNonNameWord(ReadOnlySpan<char> word) => Is(word, WordClass.NonName);

    public static bool IsLastNonNameWord(ReadOnlySpan<char> word) => Is(word, WordClass.LastNonName);

    public static bool IsParticle(ReadOnlySpan<char> word) => Is(word, WordClass.Particle);

    public static bool IsLocative(ReadOnlySpan<char> word) => Is(word, WordClass.Locative);

    public static bool IsOrganisationConnector(ReadOnlySpan<char> word) => word is "of" or "for";

    /// <summary>"and" joins two parts of one organisation when an organisation word follows ("Securities and Exchange Commission").</summary>
    public static bool IsOrganisationConjunction(ReadOnlySpan<char> word) => word is "and";

    /// <summary>Every class <paramref name="word"/> belongs to, in one probe: the hot path asks for several at once.</summary>
    public static WordClass Classes(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var classes) ? classes : WordClass.None;

    private static bool Is(ReadOnlySpan<char> word, WordClass wordClass) => (Classes(word) & wordClass) != 0;

    private static Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, wordClass) in new (string, WordClass)[]
        {
            (StopWords, WordClass.Stop),
            (Titles, WordClass.Title),
            (SurnameTitles, WordClass.SurnameTitle),
            (WordlikeGivenNames, WordClass.WordlikeGivenName),
            (Suffixes, WordClass.Suffix),
            (OrganisationWords, WordClass.Organisation),
            (GenericOrganisationWords, WordClass.GenericOrganisation),
            (LegalForms, WordClass.LegalForm),
            (PlaceWords, WordClass.Place),
            (LeadingPlaceWords, WordClass.LeadingPlace),
            (NonNameWords, WordClass.NonName),
            (LastNonNameWords, WordClass.LastNonName),
            (Locatives, WordClass.Locative),
            (Particles, WordClass.Particle),
        })
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        return classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
