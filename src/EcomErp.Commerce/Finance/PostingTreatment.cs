namespace EcomErp.Commerce.Finance;

/// <summary>
/// Which account each part of a sale is posted to. The standard treatment suits a merchant that collects its own
/// sales tax; the posting rule set can choose another, for example when a marketplace collects the tax.
/// </summary>
/// <param name="RevenueAccount">Goods sold.</param>
/// <param name="GiftCardAccount">Gift cards sold, which are owed, not earned.</param>
/// <param name="ShippingAccount">Shipping charges.</param>
/// <param name="TaxAccount">Taxes charged.</param>
/// <param name="DiscountAccount">Discounts given.</param>
public sealed record PostingTreatment(
    string RevenueAccount,
    string GiftCardAccount,
    string ShippingAccount,
    string TaxAccount,
    string DiscountAccount)
{
    /// <summary>
    /// Tax the channel marked as collected and remitted by the marketplace, which is never the merchant's to pay.
    /// </summary>
    public string MarketplaceTaxAccount { get; init; } = ChartOfAccounts.MarketplaceTaxClearing;

    /// <summary>The treatment for a merchant that collects and remits its own sales tax.</summary>
    public static PostingTreatment Standard { get; } = new(
        ChartOfAccounts.SalesRevenue,
        ChartOfAccounts.GiftCardLiability,
        ChartOfAccounts.ShippingRevenue,
        ChartOfAccounts.SalesTaxPayable,
        ChartOfAccounts.SalesDiscounts);
}
