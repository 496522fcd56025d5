namespace EcomErp.Commerce.Orders;

public sealed partial class Order
{
    /// <summary>What <paramref name="canonical"/>, a newer version from the channel, changes.</summary>
    public OrderRevision Compare(CanonicalOrder canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var allocated = canonical.AllocateOrderDiscount();
        return new OrderRevision(
            PartiesChanged: !SameParties(allocated),
            ContentChanged: !SameContent(allocated),
            Cancels: allocated.CancelledAt is not null && CancelledAt is null);
    }

    /// <summary>Takes the newer version's customer contact and addresses, and nothing else.</summary>
    public void ReviseParties(CanonicalOrder canonical, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        CustomerEmail = canonical.Customer.Email;
        CustomerName = canonical.Customer.Name;
        CustomerPhone = canonical.Customer.Phone;
        BillingAddress = canonical.BillingAddress;
        ShippingAddress = canonical.ShippingAddress;
        NoteChannelVersion(canonical.UpdatedAt, now);
    }

    /// <summary>Takes everything of the newer version: header, lines, charges and totals.</summary>
    public void Revise(CanonicalOrder canonical, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var allocated = canonical.AllocateOrderDiscount();
        CopyHeader(allocated);
        ReplaceLines(allocated);
        SetTotals(allocated);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Records the channel's version of the order as the newest one seen.</summary>
    public void NoteChannelVersion(DateTimeOffset? channelUpdatedAt, DateTimeOffset now)
    {
        ChannelUpdatedAt = channelUpdatedAt?.ToUniversalTime() ?? ChannelUpdatedAt;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Records that the channel cancelled the order; the workflow then releases its stock.</summary>
    public void RecordCancellation(DateTimeOffset cancelledAt, string? reason, DateTimeOffset now)
    {
        CancelledAt = cancelledAt.ToUniversalTime();
        CancelReason = reason;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Replaces the SKU of line <paramref name="lineNo"/>, as when a SKU mapping was added later.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The order has no such line.</exception>
    public void RemapSku(int lineNo, string sku, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        var line = lines.Find(candidate => candidate.LineNo == lineNo)
            ?? throw new ArgumentOutOfRangeException(nameof(lineNo), lineNo, $"Order {Id} has no line {lineNo}.");
        line.Remap(sku);
        UpdatedAt = now.ToUniversalTime();
    }

    private void ReplaceLines(CanonicalOrder canonical)
    {
        foreach (var line in canonical.Lines)
        {
            if (lines.Find(existing => existing.LineNo == line.LineNo) is { } existing)
            {
                existing.CopyFrom(line);
            }
            else
            {
                lines.Add(OrderLine.From(Id, line));
            }
        }

        lines.RemoveAll(line => line.LineNo > canonical.Lines.Count);
        ReplaceCharges(canonical.ShippingLines);
    }

    private void ReplaceCharges(IReadOnlyList<CanonicalShippingLine> charges)
    {
        for (var index = 0; index < charges.Count; index++)
        {
            if (shippingLines.Find(existing => existing.LineNo == index + 1) is { } existing)
            {
                existing.CopyFrom(charges[index]);
            }
            else
            {
                shippingLines.Add(OrderShippingLine.From(Id, index + 1, charges[index]));
            }
        }

        shippingLines.RemoveAll(line => line.LineNo > charges.Count);
    }

    private bool SameParties(CanonicalOrder canonical) =>
        CustomerEmail == canonical.Customer.Email
        && CustomerName == canonical.Customer.Name
        && CustomerPhone == canonical.Customer.Phone
        && Equals(BillingAddress, canonical.BillingAddress)
        && Equals(ShippingAddress, canonical.ShippingAddress);

    private bool SameContent(CanonicalOrder canonical) =>
        lines.OrderBy(line => line.LineNo).Select(Signature)
            .SequenceEqual(canonical.Lines.Select(Signature))
        && shippingLines.OrderBy(line => line.LineNo).Select(Signature)
            .SequenceEqual(canonical.ShippingLines.Select(Signature))
        && Tenders.SequenceEqual(canonical.Tenders);

    private static object Signature(OrderLine line) => (line.LineNo, line.ChannelSku, line.ChannelVariantId,
        line.Quantity, line.Gross, line.DiscountTotal, line.TaxTotal, line.IsGiftCard, line.RequiresShipping);

    private static object Signature(CanonicalOrderLine line) => (line.LineNo, line.ChannelSku ?? line.Sku,
        line.ChannelVariantId, line.Quantity, line.Gross.Amount, line.DiscountTotal.Amount, line.TaxTotal.Amount,
        line.IsGiftCard, line.RequiresShipping);

    private static object Signature(OrderShippingLine line) =>
        (line.Kind, line.Price, line.DiscountTotal, line.TaxTotal);

    private static object Signature(CanonicalShippingLine line) =>
        (line.Kind, line.Price.Amount, line.DiscountTotal.Amount, line.TaxTotal.Amount);
}
