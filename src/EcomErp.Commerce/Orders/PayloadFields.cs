namespace EcomErp.Commerce.Orders;

/// <summary>
/// Where a format keeps the parts of an order that checks after mapping may refuse, so that a problem names the
/// field the channel sent rather than a canonical name it never saw.
/// </summary>
/// <param name="Currency">The field that carries the shop currency.</param>
/// <param name="Lines">The array of product lines.</param>
/// <param name="Total">The total the channel claims.</param>
/// <param name="Tenders">Where gift cards and other tenders are given.</param>
public sealed record PayloadFields(string Currency, string Lines, string Total, string Tenders)
{
    /// <summary>The fields of the canonical format.</summary>
    public static PayloadFields Canonical { get; } = new("currency", "lines", "claimedTotals.total", "tenders");
}
