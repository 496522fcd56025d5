using EcomErp.Commerce.Finance;
using EcomErp.Rules.Parameters;
using NRules;

namespace EcomErp.Rules.Posting;

/// <summary>Turns a sale into posting facts, and the accounts the rules chose into a treatment.</summary>
internal static class PostingTreatments
{
    public static IEnumerable<object> Facts(string channelCode, bool payloadSaysWhoCollectsTax,
        PostingParameters parameters) =>
        [
            new SaleEvent(channelCode, payloadSaysWhoCollectsTax),
            .. parameters.MarketplaceTaxChannels.Select(code => new MarketplaceTaxChannel(code)),
        ];

    public static PostingTreatment Read(ISession session)
    {
        var chosen = session.Query<AccountChoice>().ToDictionary(choice => choice.Role, choice => choice.AccountCode);
        string Account(PostingRole role) => chosen.TryGetValue(role, out var account)
            ? account
            : throw new InvalidOperationException($"No posting rule chose an account for {role}.");
        return new PostingTreatment(Account(PostingRole.Revenue), Account(PostingRole.GiftCard),
            Account(PostingRole.Shipping), Account(PostingRole.Tax), Account(PostingRole.Discount))
        {
            MarketplaceTaxAccount = Account(PostingRole.MarketplaceTax),
        };
    }
}
