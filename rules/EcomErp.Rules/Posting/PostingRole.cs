namespace EcomErp.Rules.Posting;

/// <summary>The parts of a sale that each go to an account.</summary>
internal enum PostingRole
{
    Revenue,
    GiftCard,
    Shipping,
    Tax,
    MarketplaceTax,
    Discount,
}
