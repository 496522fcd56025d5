using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Finance;

/// <summary>Builds the invoice for an order and the journal entry that posts it.</summary>
public static class InvoicePosting
{
    /// <summary>
    /// Builds the invoice and its entry. Debits: the receivable for what is still to be paid, the gift card
    /// liability for what gift cards paid, and the discounts. Credits: goods with gift wrap and fees, gift cards
    /// sold, shipping with handling, the merchant's tax, and the tax a marketplace collects; each to the account
    /// <paramref name="treatment"/> names.
    /// </summary>
    /// <param name="order">The order to invoice.</param>
    /// <param name="invoiceNumber">
    /// The invoice number, for example from <see cref="InvoiceNumbers.NextAsync"/>.
    /// </param>
    /// <param name="at">When the invoice is issued.</param>
    /// <param name="treatment">The accounts to use; <see cref="PostingTreatment.Standard"/> when null.</param>
    /// <exception cref="UnbalancedJournalEntryException">The order's totals do not add up.</exception>
    public static PostedInvoice Post(Order order, string invoiceNumber, DateTimeOffset at,
        PostingTreatment? treatment = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(invoiceNumber);
        var accounts = treatment ?? PostingTreatment.Standard;
        var entry = JournalEntry.Start(invoiceNumber, order.Id, $"Invoice {invoiceNumber} for order " +
            $"{order.ChannelCode}/{order.ChannelOrderId}", order.Currency, at);
        AddDebits(entry, order, accounts);
        AddCredits(entry, order, accounts);
        entry.EnsureBalanced();
        return new PostedInvoice(Invoice.Issue(invoiceNumber, order, entry.Id, at), entry);
    }

    private static void AddDebits(JournalEntry entry, Order order, PostingTreatment accounts) => entry
        .Debit(ChartOfAccounts.AccountsReceivable, order.Total - order.GiftCardTendered, "owed by the customer")
        .Debit(accounts.GiftCardAccount, order.GiftCardTendered, "paid by gift card")
        .Debit(accounts.DiscountAccount, order.DiscountTotal + order.ShippingDiscountTotal, "discounts");

    private static void AddCredits(JournalEntry entry, Order order, PostingTreatment accounts) => entry
        .Credit(accounts.RevenueAccount, GrossOf(order, giftCards: false), "goods")
        .Credit(accounts.RevenueAccount, ChargesOf(order, ChargeKind.GiftWrap, ChargeKind.Fee), "gift wrap and fees")
        .Credit(accounts.GiftCardAccount, GrossOf(order, giftCards: true), "gift cards sold")
        .Credit(accounts.ShippingAccount, ChargesOf(order, ChargeKind.Shipping, ChargeKind.Handling), "shipping")
        .Credit(accounts.TaxAccount, order.TaxTotal - order.MarketplaceTaxTotal, "tax")
        .Credit(accounts.MarketplaceTaxAccount, order.MarketplaceTaxTotal, "tax collected by the marketplace");

    private static decimal GrossOf(Order order, bool giftCards) =>
        order.Lines.Where(line => line.IsGiftCard == giftCards).Sum(line => line.Gross);

    private static decimal ChargesOf(Order order, params ChargeKind[] kinds) =>
        order.ShippingLines.Where(line => kinds.Contains(line.Kind)).Sum(line => line.Price);
}
