using EcomErp.Commerce.Finance;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Posting;

/// <summary>
/// Tax the merchant collects is owed to the tax authority. Tax that the channel marks as collected by the
/// marketplace (Amazon's marketplace facilitator model) is not, whatever the channel: it waits in the clearing
/// account. On a channel listed as collecting tax itself this rule still applies when the payload says, item by
/// item, which tax the marketplace collected.
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
            .Not<MarketplaceTaxChannel>(channel => channel.ChannelCode == sale.ChannelCode
                && !sale.PayloadSaysWhoCollectsTax);
        Then()
            .Do(context => context.InsertAll(new[]
            {
                new AccountChoice(PostingRole.Tax, ChartOfAccounts.SalesTaxPayable),
                new AccountChoice(PostingRole.MarketplaceTax, ChartOfAccounts.MarketplaceTaxClearing),
            }));
    }
}
