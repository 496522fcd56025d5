using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Api;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Orders;

/// <summary>
/// Checks a shipment confirmation before it reaches the workflow. A tracking number already recorded with the
/// same lines is a repeat and changes nothing; otherwise the order must be waiting for shipment, every line must
/// exist once, and the node must hold every unit it claims to ship. Every problem is named at once.
/// </summary>
internal sealed class ShipmentCheck(NpgsqlDataSource dataSource)
{
    public async Task<ShipmentVerdict> CheckAsync(Guid orderId, ShipmentRequest request, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return Refuse(ApiProblems.NotFound($"Order {orderId}"));
        }

        if (await RepeatAsync(db, orderId, request, ct) is { } repeat)
        {
            return repeat;
        }

        if (order.Status != OrderStatus.AwaitingShipment)
        {
            return Refuse(Results.Problem(title: $"Order {orderId} is {order.Status}, not awaiting shipment.",
                statusCode: StatusCodes.Status409Conflict));
        }

        var problems = Required(request).Concat(UnknownOrRepeatedLines(order, request)).ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(await NotHeldAsync(db, orderId, request, ct));
        }

        return problems.Count == 0
            ? new ShipmentVerdict.Proceed()
            : Refuse(ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The shipment is not valid.",
                problems));
    }

    private static ShipmentVerdict Refuse(IResult response) => new ShipmentVerdict.Refused(response);

    /// <summary>
    /// A tracking number seen before: the same parcel again (node, carrier and lines) is a harmless repeat; anything
    /// else under it is a conflict, named by the first field that differs, so a second parcel is never dropped.
    /// </summary>
    private static async Task<ShipmentVerdict?> RepeatAsync(
        CommerceDbContext db,
        Guid orderId,
        ShipmentRequest request,
        CancellationToken ct)
    {
        var recorded = await db.Shipments.AsNoTracking()
            .SingleOrDefaultAsync(s => s.OrderId == orderId && s.TrackingNumber == request.TrackingNumber, ct);
        if (recorded is null)
        {
            return null;
        }

        var sent = (request.Lines ?? []).Select(l => (l.LineNo, l.Quantity)).Order();
        var differs = recorded.NodeCode != request.NodeCode ? ("nodeCode", $"node {recorded.NodeCode}")
            : recorded.Carrier != request.Carrier ? ("carrier", $"carrier {recorded.Carrier}")
            : !recorded.Lines.Select(l => (l.LineNo, l.Quantity)).Order().SequenceEqual(sent)
                ? ("trackingNumber", "other lines")
                : ((string Field, string With)?)null;
        return differs is not { } conflict
            ? new ShipmentVerdict.AlreadyRecorded()
            : Refuse(ApiProblems.Field(conflict.Field,
                $"tracking number '{request.TrackingNumber}' was already recorded for this order with {conflict.With}",
                StatusCodes.Status409Conflict));
    }

    private static IEnumerable<(string Field, string Reason)> UnknownOrRepeatedLines(
        Order order,
        ShipmentRequest request)
    {
        var lineNumbers = order.Lines.Select(l => l.LineNo).ToHashSet();
        var seen = new HashSet<int>();
        for (var i = 0; i < (request.Lines?.Count ?? 0); i++)
        {
            var lineNo = request.Lines![i].LineNo;
            if (!lineNumbers.Contains(lineNo))
            {
                yield return ($"lines[{i}].lineNo", $"the order has no line {lineNo}");
            }
            else if (!seen.Add(lineNo))
            {
                yield return ($"lines[{i}].lineNo", $"line {lineNo} is listed more than once");
            }
        }
    }

    public async Task<OrderStatus?> StatusAsync(Guid orderId, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return await db.Orders.Where(o => o.Id == orderId).Select(o => (OrderStatus?)o.Status).SingleOrDefaultAsync(ct);
    }

    private static IEnumerable<(string Field, string Reason)> Required(ShipmentRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.NodeCode))
        {
            yield return ("nodeCode", "is required");
        }

        if (string.IsNullOrWhiteSpace(request.Carrier))
        {
            yield return ("carrier", "is required");
        }

        if (string.IsNullOrWhiteSpace(request.TrackingNumber))
        {
            yield return ("trackingNumber", "is required");
        }

        if (request.Lines is not { Count: > 0 })
        {
            yield return ("lines", "must list at least one line");
            yield break;
        }

        for (var i = 0; i < request.Lines.Count; i++)
        {
            if (request.Lines[i].Quantity <= 0)
            {
                yield return ($"lines[{i}].quantity", "must be a whole number above zero");
            }
        }
    }

    private static async Task<List<(string, string)>> NotHeldAsync(
        CommerceDbContext db,
        Guid orderId,
        ShipmentRequest request,
        CancellationToken ct)
    {
        var rows = await db.Reservations.AsNoTracking()
            .Where(r => r.OrderId == orderId && r.NodeCode == request.NodeCode && r.Status == ReservationStatus.Held)
            .ToListAsync(ct);
        var held = rows.GroupBy(r => r.LineNo).ToDictionary(g => g.Key, g => g.Min(r => r.LineUnits));
        var problems = new List<(string, string)>();
        if (held.Count == 0)
        {
            problems.Add(("nodeCode", $"node '{request.NodeCode}' holds nothing for this order"));
            return problems;
        }

        for (var i = 0; i < request.Lines!.Count; i++)
        {
            var line = request.Lines[i];
            if (held.GetValueOrDefault(line.LineNo) < line.Quantity)
            {
                problems.Add(($"lines[{i}]", $"node '{request.NodeCode}' holds {held.GetValueOrDefault(line.LineNo)} " +
                    $"unit(s) of line {line.LineNo}, fewer than the {line.Quantity} shipped"));
            }
        }

        return problems;
    }
}
