using EcomErp.Commerce.Finance;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Posting;

/// <summary>
/// Tax a marketplace collects and remits is not the merchant's to pay; it waits in a clearing account until the
/// marketplace's payout, which leaves it out, clears it. The channel list decides only when the payload cannot:
/// a payload that marks the tax the marketplace collected says that the rest was the seller's.
/// </summary>
[Name("Posting.MarketplaceCollectedTax")]
[Tag(RuleSetNames.Posting)]
internal sealed class MarketplaceCollectedTaxRule : Rule
{
    public override void Define()
    {
        SaleEvent sale = default!;

        When()
            .Match(() => sale, s => !s.PayloadSaysWhoCollectsTax)
            .Exists<MarketplaceTaxChannel>(channel => channel.ChannelCode == sale.ChannelCode);
        Then()
            .Do(context => context.InsertAll(new[]
            {
                new AccountChoice(PostingRole.Tax, ChartOfAccounts.MarketplaceTaxClearing),
                new AccountChoice(PostingRole.MarketplaceTax, ChartOfAccounts.MarketplaceTaxClearing),
            }));
    }
}
