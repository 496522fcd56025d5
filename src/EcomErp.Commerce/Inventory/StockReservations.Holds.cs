using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Commerce.Inventory;

public sealed partial class StockReservations
{
    private static List<LineNeed> Needs(StockPicture picture, ReservationRequest request, List<Reservation> open) =>
        [.. request.Lines.OrderBy(line => line.LineNo).Select(line =>
        {
            var parts = PartsOf(picture, request, line);
            var taken = open.Where(r => r.LineNo == line.LineNo && r.Status is ReservationStatus.Held
                or ReservationStatus.Shipped).ToList();
            var held = parts.Count == 0 ? 0 : parts.Min(part =>
                taken.Where(r => r.Sku == part.Sku).Sum(r => r.Quantity) / part.PerLineUnit);
            return new LineNeed(line, parts, Math.Max(0, line.Quantity - held));
        })];

    private static List<ReservationPart> PartsOf(StockPicture picture, ReservationRequest request, ReservationLine line)
    {
        var part = (string sku, int per) => new ReservationPart(request.OrderId, line.LineNo, sku, per,
            request.ChannelCode);
        return picture.IsKit(line.Sku)
            ? [.. picture.ComponentsOf(line.Sku).Select(c => part(c.ComponentSku, c.Quantity))]
            : [part(line.Sku, 1)];
    }

    private static List<StockShortage> Shortages(List<LineNeed> needs, Dictionary<string, int> available)
    {
        // Demand adds up in 64 bits: many kits of many units each must not wrap round to a small figure.
        var demand = needs
            .SelectMany(need => need.Parts.Select(part => (part.Sku, Units: (long)need.Units * part.PerLineUnit)))
            .GroupBy(pair => pair.Sku, StringComparer.Ordinal)
            .Select(group => (Sku: group.Key, Units: group.Sum(pair => pair.Units)));
        var emptyKits = needs.Where(need => need.Parts.Count == 0 && need.Units > 0)
            .Select(need => new StockShortage(need.Line.Sku, null, need.Units, 0));
        return [.. demand.Where(wanted => available[wanted.Sku] < wanted.Units)
            .Select(wanted => new StockShortage(wanted.Sku, null, (int)Math.Min(int.MaxValue, wanted.Units),
                Math.Max(0, available[wanted.Sku])))
            .Concat(emptyKits)];
    }

    /// <summary>Whole line units granted to each need, line by line, from what is available.</summary>
    private static int[] Grant(List<LineNeed> needs, Dictionary<string, int> available)
    {
        var remaining = new Dictionary<string, int>(available, StringComparer.Ordinal);
        return [.. needs.Select(need =>
        {
            var units = need.Coverable(remaining);
            foreach (var part in need.Parts)
            {
                remaining[part.Sku] -= units * part.PerLineUnit;
            }

            return units;
        })];
    }

    private void Hold(CommerceDbContext db, LockedStock stock, List<LineNeed> needs, int[] granted,
        List<Reservation> open)
    {
        var now = clock.GetUtcNow();
        foreach (var (need, units) in needs.Zip(granted).Where(pair => pair.Second > 0))
        {
            foreach (var part in need.Parts)
            {
                var quantity = units * part.PerLineUnit;
                var row = open.FirstOrDefault(r => r.LineNo == part.LineNo && r.Sku == part.Sku
                    && r.NodeCode == null && r.Status == ReservationStatus.Held);
                if (row is null)
                {
                    row = Reservation.Hold(part, quantity, nodeCode: null, now);
                    db.Reservations.Add(row);
                }
                else
                {
                    (row.Quantity, row.UpdatedAt) = (row.Quantity + quantity, now);
                }

                Record(stock, MovementKind.Reservation, row, nodeCode: null, quantity);
            }
        }
    }

    /// <summary>Keeps each part's shortfall as its one backorder row, or marks that row filled.</summary>
    private void Backorder(CommerceDbContext db, List<LineNeed> needs, int[] granted, List<Reservation> open)
    {
        var now = clock.GetUtcNow();
        foreach (var (need, units) in needs.Zip(granted))
        {
            foreach (var part in need.Parts)
            {
                var outstanding = (need.Units - units) * part.PerLineUnit;
                var row = open.FirstOrDefault(r => r.LineNo == part.LineNo && r.Sku == part.Sku
                    && r.Status == ReservationStatus.Backordered);
                if (outstanding > 0 && row is null)
                {
                    var backorder = Reservation.Hold(part, outstanding, nodeCode: null, now);
                    backorder.Status = ReservationStatus.Backordered;
                    db.Reservations.Add(backorder);
                }
                else if (row is not null)
                {
                    (row.Quantity, row.Status, row.UpdatedAt) = outstanding > 0
                        ? (outstanding, ReservationStatus.Backordered, now)
                        : (row.Quantity, ReservationStatus.Filled, now);
                }
            }
        }
    }
}
