namespace EcomErp.Commerce.Finance;

/// <summary>An invoice and the journal entry that posts it; save both together.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Entry">The balanced journal entry.</param>
public sealed record PostedInvoice(Invoice Invoice, JournalEntry Entry);
