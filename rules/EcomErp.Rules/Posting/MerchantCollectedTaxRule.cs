using EcomErp.Commerce.Finance;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Posting;

/// <summary>
/// Tax the merchant collects is owed to the tax authority. Tax that the channel marks as collected by the
/// marketplace (Amazon's marketplace facilitator model) is not, whatever the channel: it waits in the clearing
/// account.
/// </summary>
[Name("Posting.MerchantCollectedTax")]
[Tag(RuleSetNames.Posting)]
internal sealed class MerchantCollectedTaxRule : Rule
{
    public override void Define()
    {
        SaleEvent sale = default!;

        When()
            .Match(() => sale)
            .Not<MarketplaceTaxChannel>(channel => channel.ChannelCode == sale.ChannelCode);
        Then()
            .Do(context => context.InsertAll(new[]
            {
                new AccountChoice(PostingRole.Tax, ChartOfAccounts.SalesTaxPayable),
                new AccountChoice(PostingRole.MarketplaceTax, ChartOfAccounts.MarketplaceTaxClearing),
            }));
    }
}
