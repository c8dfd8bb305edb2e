using Search.Core.Semantics;

namespace Search.Core.Tests.Semantics;

public sealed class TokenizerTextTests
{
    [Theory]
    [InlineData("Earthquake\nhits\r\n\tIndonesia ", "Earthquake hits Indonesia")]
    [InlineData("Zürich, São Paulo, Kraków, Erdoğan, Ceaușescu", "Zurich, Sao Paulo, Krakow, Erdogan, Ceausescu")]
    [InlineData("Straße, Æsir, œuvre, Øresund, Łódź", "Strasse, AEsir, oeuvre, Oresund, Lodz")]
    [InlineData("Putin’s “special operation” — day 3…", "Putin's \"special operation\" - day 3...")]
    [InlineData("Москва 北京", "Москва 北京")]
    public void Folds_text_into_what_the_tokenizer_splits_and_knows(string text, string folded) =>
        Assert.Equal(folded, TokenizerText.Fold(text));
}
