namespace Search.Core.Tests.Entities;

/// <summary>
/// Text of the seed page /work/shared/seed/000_71d9b74fbf8d4718.txt (GZERO Media): the Kazakhstan
/// analysis piece and the eight "More from" stories, copied verbatim so the tests need no files.
/// </summary>
internal static class SeedArticle
{
    public const string Title = "Kazakhstan & The West Wing in a G-Zero world";

    public const string Caption = """
        Russia Vladimir Putin takes part in an emergency session of the Collective Security Treaty Organisation (CSTO) Collective Security Council meeting on the normalization of the situation in Kazakhstan on Monday Jan 10, 2022.
        """;

    public const string Credit = "Kremlin/EYEPRESS";

    public const string Body = """
        The popular 2000s American political drama TV series The West Wing is famous for, among other things, its mostly accurate — albeit idealized — portrayal of the inner workings of US foreign policy. In the final season, outgoing President Jed Bartlet deploys American peacekeepers to stop a war between Russia and China over unrest in… Kazakhstan.

        Right now, the Central Asian country is reeling from the worst political turmoil since it broke away from the Soviet Union in 1991. But the current crisis is so far playing out quite differently from the TV war script — in a world that’s a lot more G-Zero than it was in 2006.

        First, the international peacekeepers are (mostly) Russian. Days after violent protests that began over a rapid fuel price hike and now looks like a failed coup attempt, embattled President Kassym-Jomart Tokayev feared for his survival and for the continued loyalty of the security forces. With his back against the wall, Tokayev did exactly what Putin hopes the leader of any former Soviet republic will do when in trouble: call the Kremlin, and ask for help. Russia’s leader instantly obliged, sending 2,500 troops to restore order in Kazakhstan.

        Putin also got to remind everyone that Russia has its own NATO, the six-member Collective Security Treaty Organization, which for the first time agreed to dispatch CSTO troops to a member country at its request. All it took was the green light from Moscow, which in the past turned down pleas for intervention from Armenia last year and from Kyrgyzstan in 2010.

        This time, though, Putin gave his consent. Tokayev now owes Putin, and the world got the message that Russia will step in to prop up Moscow-friendly leaders in neighbors facing mass unrest. Indeed, the Russian leader loves to protect fellow strongmen who need to watch their back; he supported Alexander Lukashenko in August 2020, when the Belarusian dictator was in a pickle over popular protests against his sham re-election.

        (Meanwhile, all of this happens just as Russia is playing hardball with the US, demanding Washington guarantee that NATO will not expand further into former Soviet territory while dangling an invasion of Ukraine — Putin’s other playbook to get what he wants when intervening directly costs him too much.)

        Second, Russia and China are quite chummy these days. Unlike almost going to war on aughts American TV, they now have a common interest in standing up to "the West." Xi Jinping, for his part, is happy to let Putin do the dirty work and get all the credit in Kazakhstan — as long as Kazakh oil, gas, and minerals keep flowing to resource-hungry China (and the Russians remain willing to cooperate if tensions arise in Central Asia).

        China's hands-off approach to the crisis is also par for the course for Beijing, which prides itself on non-intervention in the domestic affairs of any country (like Russia, unless it's invited to). What’s more, Xi has bigger fish to fry at home: zero COVID, a sluggish economy, and his own future leadership.

        Russia-China relations have always been tricky, and there’s a trust limit. They have clashed over borders in the past, and Moscow is perennially worried about being dwarfed economically by its more populous neighbor. But right as the US wants to push back against authoritarian states, the two most influential ones are closing ranks — in this case by endorsing Tokayev.

        Third, the US is watching from the sidelines. In 2006, when The West Wing wrapped up, then-President George W. Bush would have seized the moment to nudge Kazakhstan toward democratic reform. After all, Bush viewed the earlier popular revolts in Georgia, Ukraine, and Kyrgyzstan as opportunities for democratic reform — events that Russia now derides as "color revolutions."

        But those days are long gone. The US is now too preoccupied with its own democratic erosion, and even if America had any influence in Kazakhstan, there’s little public appetite for more foreign entanglements, especially after the Afghan withdrawal debacle. Washington’s strongest statement to date on the Kazakh crisis was a thinly-veiled and vanilla jibe at Moscow, which responded with a healthy dose of whataboutism.

        The West Wing ended in 2006 with the US military keeping the peace between Russia and China in Central Asia. 2022 starts with Russia and to a lesser extent China calling the shots in a region that's become an afterthought for the US. Talk about a G-Zero world.
        """;

    /// <summary>The "More from" stories: photo caption (may be empty), credit, and lede.</summary>
    public static readonly IReadOnlyList<(string Caption, string Credit, string Lede)> MoreFrom =
    [
        (
            """
            FILE PHOTO: Children eat bread on a street near a flag adopted by the new Syrian rulers, after the ousting of Syria's Bashar al-Assad, in Damascus, Syria, December 24, 2024.
            """,
            """
            REUTERS/Amr Abdallah Dalsh/File Photo
            """,
            """
            Diplomats and foreign ministers from 17 Arab and EU states convened in Riyadh, Saudi Arabia, on Sunday to discuss the lifting of economic sanctions on Syria, originally imposed during the rule of ousted president Bashar al-Assad.
            """),
        (
            """
            Photos published by Ukraine President Volodymyr Zelenskyy on Jan 11, 2025 shows two North Korean military personnel captured by Ukraine forces soldiers in the Kursk region. Two soldiers, though wounded, survived and were transported to Kyiv, where they are now communicating with the Security Service of Ukraine, Zelenskyy said. This was not an easy task: Russian forces and other North Korean military personnel usually execute their wounded to erase any evidence of North Korea’s involvement in the war against Ukraine, he said. I am grateful to the soldiers of Tactical Group No. 84 of the Special Operations Forces of the Armed Forces of Ukraine, as well as our paratroopers, who captured these two individuals.
            """,
            """
            (Ukraine Military handout via EYEPRESS) via Reuters
            """,
            """
            Ukrainian President Volodymyr Zelensky announced Saturday that his troops had captured two North Korean soldiers in the Kursk region and released a video of them describing their experience fighting for Russia.
            """),
        (
            """
            LOS ANGELES, CA - JANUARY 07: A wind-driven fire burns on January 7, 2025 in Los Angeles, California. Santa Ana wind is fueling wildfires in Los Angeles that have destroyed homes and forced the evacuation of thousands of people.
            """,
            """
            (Photo by Qian Weizhong/VCG ) via Reuters
            """,
            """
            As California’s most destructive wildfires continue to blaze across Los Angeles County, having killed 16 and displaced more than 166,000 residents, emergency response efforts have become politicized, both at home and abroad.
            """),
        (
            """
            A person holds a placard on the day justices hear oral arguments in a bid by TikTok and its China-based parent company, ByteDance, to block a law intended to force the sale of the short-video app by Jan. 19 or face a ban on national security grounds, outside the U.S. Supreme Court, in Washington, U.S., January 10, 2025.
            """,
            """
            REUTERS/Marko Djurica
            """,
            """
            On Friday, the Supreme Court appeared poised to uphold the TikTok ban, largely dismissing the app’s argument that it should be able to exist in the US under the First Amendment’s free speech protections and favoring the government's concerns that it poses a national security threat.
            """),
        (
            """

            """,
            """

            """,
            """
            Listen: On the GZERO World Podcast, we’re taking a look at some of the top geopolitical risks of 2025. This looks to be the year that the G-Zero wins. We’ve been living with this lack of international leadership for nearly a decade now. But in 2025, the problem will get a lot worse. We are heading back to the law of the jungle. A world where the strongest do what they can while the weakest are condemned to suffer what they must. Joining Ian Bremmer to peer into this cloudy crystal ball is renowned Stanford political scientist Francis Fukuyama.
            """),
        (
            """
            President-elect Donald Trump appears remotely for a sentencing hearing in front of New York State Judge Juan Merchan in his hush money case at New York Criminal Court in New York City, on Jan. 10, 2025.
            """,
            """
            REUTERS/Brendan McDermid/Pool
            """,
            """
            President-elect Donald Trump was sentenced in his New York hush money case on Friday but received no punishment from Judge Juan M. Merchan, who issued an unconditional discharge with no jail time, probation, or fines
            """),
        (
            """
            Paige Fusco
            """,
            """

            """,
            """
            In a way, Donald Trump’s return means Putin has finally won. Not because of the silly notion that Trump is a “Russian agent” – but because it closes the door finally and fully on the era of post-Cold War triumphalist globalism that Putin encountered when he first came to power.
            """),
        (
            """
            Venezuelan opposition leader Maria Corina Machado greets supporters at a protest ahead of the Friday inauguration of President Nicolas Maduro for his third term, in Caracas, Venezuela January 9, 2025.
            """,
            """
            REUTERS/Leonardo Fernandez Viloria
            """,
            """
            Regime forces violently detained Venezuelan opposition leader María Corina Machado as she left a rally in Caracas on Thursday, one day before strongman President Nicolás Maduro was set to begin his third term.
            """),
    ];
}
