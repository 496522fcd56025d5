using EcomErp.Commerce.Finance;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Posting;

/// <summary>Tax the merchant collects is owed to the tax authority.</summary>
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
            .Do(context => context.Insert(new AccountChoice(PostingRole.Tax, ChartOfAccounts.SalesTaxPayable)));
    }
}
