using EcomErp.Commerce.Finance;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Posting;

/// <summary>A gift card sold is money owed to its holder until redeemed, so it goes to a liability.</summary>
[Name("Posting.GiftCardsToLiability")]
[Tag(RuleSetNames.Posting)]
internal sealed class GiftCardsToLiabilityRule : Rule
{
    public override void Define()
    {
        SaleEvent sale = default!;

        When()
            .Match(() => sale);
        Then()
            .Do(context => context.Insert(new AccountChoice(PostingRole.GiftCard, ChartOfAccounts.GiftCardLiability)));
    }
}
