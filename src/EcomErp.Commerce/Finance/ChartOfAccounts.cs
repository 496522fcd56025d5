using System.Collections.Frozen;

namespace EcomErp.Commerce.Finance;

/// <summary>The accounts the service posts to. Kept in code until finance needs to edit them.</summary>
public static class ChartOfAccounts
{
    /// <summary>What customers and marketplaces owe for invoiced orders.</summary>
    public const string AccountsReceivable = "1100";

    /// <summary>Sales tax collected for the tax authorities.</summary>
    public const string SalesTaxPayable = "2200";

    /// <summary>Tax a marketplace collects and remits itself; cleared when its payout arrives.</summary>
    public const string MarketplaceTaxClearing = "2250";

    /// <summary>Gift cards sold and not yet redeemed.</summary>
    public const string GiftCardLiability = "2300";

    /// <summary>Revenue from goods sold.</summary>
    public const string SalesRevenue = "4000";

    /// <summary>Revenue from shipping charges.</summary>
    public const string ShippingRevenue = "4100";

    /// <summary>Discounts given, a contra-revenue account.</summary>
    public const string SalesDiscounts = "4900";

    private static readonly FrozenDictionary<string, Account> ByCode = new Account[]
    {
        new(AccountsReceivable, "Accounts receivable", EntrySide.Debit),
        new(SalesTaxPayable, "Sales tax payable", EntrySide.Credit),
        new(MarketplaceTaxClearing, "Marketplace-collected tax clearing", EntrySide.Credit),
        new(GiftCardLiability, "Gift card liability", EntrySide.Credit),
        new(SalesRevenue, "Sales revenue", EntrySide.Credit),
        new(ShippingRevenue, "Shipping revenue", EntrySide.Credit),
        new(SalesDiscounts, "Sales discounts", EntrySide.Debit),
    }.ToFrozenDictionary(account => account.Code, StringComparer.Ordinal);

    /// <summary>Every account, by code.</summary>
    public static IReadOnlyCollection<Account> All => ByCode.Values;

    /// <summary>The account with <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">The chart has no such account.</exception>
    public static Account Find(string code) =>
        ByCode.TryGetValue(code, out var account)
            ? account
            : throw new KeyNotFoundException($"The chart of accounts has no account {code}.");
}
