namespace EcomErp.Commerce.Finance;

/// <summary>A ledger account of the chart.</summary>
/// <param name="Code">The account number, such as 1100.</param>
/// <param name="Name">The account's name.</param>
/// <param name="NormalSide">The side its balance normally sits on.</param>
public sealed record Account(string Code, string Name, EntrySide NormalSide);
