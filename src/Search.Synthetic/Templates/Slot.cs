namespace Search.Synthetic.Templates;

/// <summary>A placeholder in a sentence template, named in braces: <c>{lastname}</c>.</summary>
internal enum Slot
{
    Person,
    LastName,
    Role,
    Person2,
    Role2,
    Org,
    Country,
    Country2,
    Capital,
    Capital2,
    Demonym,
    Noun,
    Noun2,
    Event,
    Adjective,
    Number,
    Digit,
    Percent,
    Money,
    Weekday,
    Month,
    Year,
    Date,
    Quote,
}
