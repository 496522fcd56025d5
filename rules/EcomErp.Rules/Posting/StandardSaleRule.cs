using EcomErp.Commerce.Finance;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Posting;

/// <summary>Goods, shipping and discounts of a sale go to revenue, shipping revenue and sales discounts.</summary>
[Name("Posting.StandardSale")]
[Tag(RuleSetNames.Posting)]
internal sealed class StandardSaleRule : Rule
{
    public override void Define()
    {
        SaleEvent sale = default!;

        When()
            .Match(() => sale);
        Then()
            .Do(context => context.InsertAll(new[]
            {
                new AccountChoice(PostingRole.Revenue, ChartOfAccounts.SalesRevenue),
                new AccountChoice(PostingRole.Shipping, ChartOfAccounts.ShippingRevenue),
                new AccountChoice(PostingRole.Discount, ChartOfAccounts.SalesDiscounts),
            }));
    }
}
