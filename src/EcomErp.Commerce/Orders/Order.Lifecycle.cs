namespace EcomErp.Commerce.Orders;

public sealed partial class Order
{
    /// <summary>
    /// Creates the order for a canonical order that <paramref name="channelCode"/> sent, spreading any order-level
    /// discount over the lines first so that every line carries its share.
    /// </summary>
    public static Order Receive(string channelCode, CanonicalOrder canonical, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelCode);
        ArgumentNullException.ThrowIfNull(canonical);
        var allocated = canonical.AllocateOrderDiscount();
        var order = new Order
        {
            Id = Guid.CreateVersion7(now),
            ChannelCode = channelCode,
            Status = OrderStatus.Received,
            CreatedAt = now.ToUniversalTime(),
            UpdatedAt = now.ToUniversalTime(),
        };
        order.CopyHeader(allocated);
        order.CopyLines(allocated);
        order.SetTotals(allocated);
        return order;
    }

    /// <summary>Records the workflow instance that runs this order.</summary>
    public void AttachInstance(Guid instanceId, DateTimeOffset now)
    {
        InstanceId = instanceId;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Moves the order to <paramref name="next"/>.</summary>
    /// <exception cref="InvalidOperationException">The order may not move there from where it stands.</exception>
    public void MoveTo(OrderStatus next, DateTimeOffset now)
    {
        if (!OrderStatusFlow.CanMove(Status, next))
        {
            throw new InvalidOperationException(
                $"Order {Id} ({ChannelCode}/{ChannelOrderId}) cannot move from {Status} to {next}.");
        }

        Status = next;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// Moves the order to <paramref name="next"/> and records the reasons, as for a rejection or review.
    /// </summary>
    public void MoveTo(OrderStatus next, IEnumerable<string> reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        MoveTo(next, now);
        ValidationReasons = [.. ValidationReasons, .. reasons];
    }

    /// <summary>
    /// Holds the order for a person with <paramref name="reasons"/> as the whole explanation: a hold that comes
    /// again after a retry says why it is held now, not why it was held before.
    /// </summary>
    public void Hold(IEnumerable<string> reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (Status != OrderStatus.OnHold)
        {
            MoveTo(OrderStatus.OnHold, now);
        }

        ReplaceReasons(reasons, now);
    }

    /// <summary>
    /// Replaces the recorded reasons, for a validation that runs again: what an earlier run found may no longer
    /// hold, for example once an unknown SKU has been mapped.
    /// </summary>
    public void ReplaceReasons(IEnumerable<string> reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ValidationReasons = [.. reasons];
        UpdatedAt = now.ToUniversalTime();
    }

    private void CopyHeader(CanonicalOrder canonical)
    {
        ChannelOrderId = canonical.ChannelOrderId;
        OrderName = canonical.OrderName;
        PlacedAt = canonical.PlacedAt.ToUniversalTime();
        ChannelUpdatedAt = canonical.UpdatedAt?.ToUniversalTime();
        Currency = canonical.Currency;
        PresentmentCurrency = canonical.PresentmentCurrency;
        PresentmentTotal = canonical.PresentmentTotal?.Amount;
        Tenders = [.. canonical.Tenders];
        CustomerEmail = canonical.Customer.Email;
        CustomerName = canonical.Customer.Name;
        CustomerPhone = canonical.Customer.Phone;
        BillingAddress = canonical.BillingAddress;
        ShippingAddress = canonical.ShippingAddress;
        CancelledAt = canonical.CancelledAt?.ToUniversalTime();
        CancelReason = canonical.CancelReason;
        FinancialStatus = canonical.FinancialStatus;
        IsTest = canonical.IsTest;
        Tags = [.. canonical.Tags];
        Warnings = [.. canonical.Warnings];
    }

    private void CopyLines(CanonicalOrder canonical)
    {
        lines.AddRange(canonical.Lines.Select(line => OrderLine.From(Id, line)));
        shippingLines.AddRange(
            canonical.ShippingLines.Select((line, index) => OrderShippingLine.From(Id, index + 1, line)));
    }
}
