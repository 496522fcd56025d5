using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Holds, moves, releases and ships stock for orders without ever overselling, however many processes race: each
/// method locks the SKUs it touches (see <see cref="LockedStock"/>), checks available-to-sell for the order's
/// channel under the lock, and writes its ledger entries, positions and outbox events in one save. Every method
/// works inside the caller's transaction on the given context. Use a context per unit of work.
/// </summary>
/// <param name="clock">The clock that stamps ledger entries and reservations.</param>
/// <param name="feed">Where changed channel figures are written.</param>
public sealed partial class StockReservations(TimeProvider clock, AvailabilityFeed feed)
{
    /// <summary>A service that tells channels of every change at once.</summary>
    public StockReservations(TimeProvider clock)
        : this(clock, AvailabilityFeed.Immediate)
    {
    }

    /// <summary>
    /// Holds stock for the order's stocked lines (shipped goods that are not gift cards) against its channel's
    /// available-to-sell, backordering the shortfall when the channel's policy allows backorders.
    /// </summary>
    public async Task<ReservationOutcome> ReserveOrderAsync(
        CommerceDbContext db,
        Order order,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        var lines = order.Lines
            .Where(line => line.IsStocked)
            .Select(line => new ReservationLine(line.LineNo, line.Sku, line.Quantity))
            .ToArray();
        var policy = await db.ChannelStockPolicies.AsNoTracking()
            .AnyAsync(p => p.ChannelCode == order.ChannelCode && p.AllowBackorders, cancellationToken)
            ? ReservationPolicy.PartialWithBackorder
            : ReservationPolicy.AllOrNothing;
        return await ReserveOrderAsync(db, new ReservationRequest(order.Id, order.ChannelCode, lines, policy),
            cancellationToken);
    }

    /// <summary>
    /// Holds the request's lines against the network, each only as far as the channel's available-to-sell covers
    /// it: all of them or none, or under <see cref="ReservationPolicy.PartialWithBackorder"/> whole line units as
    /// far as they go, with the rest backordered. A kit line holds its components. Calling it again for the same
    /// order holds only what is not yet held (filling backorders), so a retry never holds twice.
    /// </summary>
    public async Task<ReservationOutcome> ReserveOrderAsync(
        CommerceDbContext db,
        ReservationRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Guard(db, request.OrderId, request.Lines, line => line.Quantity);
        var stock = await LockedStock.OpenAsync(db, request.Lines.Select(line => line.Sku), clock.GetUtcNow(),
            cancellationToken);
        var open = await OpenRowsAsync(db, request.OrderId, cancellationToken);
        var needs = Needs(stock.Picture, request, open);
        if (needs.All(need => need.Units == 0))
        {
            return ReservationOutcome.Success;
        }

        var available = Available(stock.Picture, needs, request.ChannelCode);
        var shortages = Shortages(needs, available);
        if (shortages.Count > 0 && request.Policy == ReservationPolicy.AllOrNothing)
        {
            return new ReservationOutcome(shortages);
        }

        var granted = Grant(needs, available);
        Hold(db, stock, needs, granted, open);
        Backorder(db, needs, granted, open);
        await stock.SaveAsync(feed, cancellationToken);
        return shortages.Count == 0 ? ReservationOutcome.Success : new ReservationOutcome(shortages, true);
    }

    private static Task<List<Reservation>> OpenRowsAsync(
        CommerceDbContext db,
        Guid orderId,
        CancellationToken cancellationToken) =>
        db.Reservations
            .Where(r => r.OrderId == orderId && r.Status != ReservationStatus.Released
                && r.Status != ReservationStatus.Filled)
            .ToListAsync(cancellationToken);

    private void Record(LockedStock stock, MovementKind kind, Reservation row, string? nodeCode, int delta) =>
        stock.Post(kind, row.Sku, nodeCode, delta, new MovementTag(row.OrderId, row.ChannelCode));

    private static void Guard<T>(CommerceDbContext db, Guid orderId, IReadOnlyList<T> items, Func<T, int> quantity)
    {
        ArgumentNullException.ThrowIfNull(items);
        StockLocks.RequireTransaction(db);
        if (items.Any(item => quantity(item) <= 0))
        {
            throw new ArgumentException($"Every quantity for order {orderId} must be positive.", nameof(items));
        }
    }

    private static Dictionary<string, int> Available(
        StockPicture picture,
        IEnumerable<LineNeed> needs,
        string channel) =>
        needs.SelectMany(need => need.Parts).Select(part => part.Sku).Distinct(StringComparer.Ordinal)
            .ToDictionary(sku => sku, sku => AvailabilityCalculator.ForChannel(picture, sku, channel).Ats,
                StringComparer.Ordinal);
}
