namespace Search.Synthetic.Newsroom;

/// <summary>An institution (NATO, the UN) or an invented company.</summary>
/// <param name="Name">The tag form: "UN".</param>
/// <param name="Display">The running-text form: "the UN".</param>
internal sealed record Organisation(string Name, string Display);
