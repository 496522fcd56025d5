using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Orders;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Receive_CanonicalSample_CopiesComputedTotals()
    {
        var order = Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Now);

        Assert.Equal(OrderStatus.Received, order.Status);
        Assert.Equal((148.00m, 4.80m, 6.95m, 6.51m, 156.66m),
            (order.LinesGross, order.DiscountTotal, order.ShippingTotal, order.TaxTotal, order.Total));
        Assert.Equal(156.66m, order.ClaimedTotal);
        Assert.Equal([true, true, false], order.Lines.Select(line => line.IsStocked));
    }

    [Fact]
    public void Receive_UnallocatedDiscount_SpreadsItOverNonGiftCardLines()
    {
        var canonical = Samples.Map(Samples.Canonical, PayloadFormat.Canonical) with
        {
            UnallocatedDiscount = new Money(10m, "USD"),
        };

        var order = Order.Receive("webstore", canonical, Now);

        Assert.Equal([4.80m + 4.90m, 5.10m, 0m], order.Lines.Select(line => line.DiscountTotal));
        Assert.Equal(canonical.Total.Amount, order.Total);
    }

    [Fact]
    public void Receive_OffsetTimes_StoresThemInUtc()
    {
        var order = Samples.Receive(Samples.ShopifyDocs, PayloadFormat.Shopify, "shopify", Now);

        Assert.Equal(TimeSpan.Zero, order.PlacedAt.Offset);
        Assert.Equal(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero), order.CancelledAt);
    }

    [Fact]
    public void MoveTo_AllowedStep_ChangesStatusAndRecordsReasons()
    {
        var order = Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Now);

        order.MoveTo(OrderStatus.InReview, ["Fraud.HighOrderValue"], Now.AddMinutes(1));

        Assert.Equal(OrderStatus.InReview, order.Status);
        Assert.Equal(["Fraud.HighOrderValue"], order.ValidationReasons);
        Assert.Equal(Now.AddMinutes(1), order.UpdatedAt);
    }

    [Fact]
    public void MoveTo_SkippedStep_ThrowsNamingTheOrder()
    {
        var order = Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Now);

        var exception = Assert.Throws<InvalidOperationException>(() => order.MoveTo(OrderStatus.Shipped, Now));

        Assert.Contains("WS-100482", exception.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Received, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.Received, true)]
    [InlineData(OrderStatus.AwaitingShipment, true)]
    [InlineData(OrderStatus.Shipped, false)]
    [InlineData(OrderStatus.Completed, false)]
    public void CanMove_ToCancelled_OnlyBeforeShipment(OrderStatus from, bool allowed)
    {
        Assert.Equal(allowed, OrderStatusFlow.CanMove(from, OrderStatus.Cancelled));
    }
}
