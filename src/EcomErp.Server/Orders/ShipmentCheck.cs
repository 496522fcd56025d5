using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Api;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Orders;

/// <summary>
/// Checks a shipment confirmation before it reaches the workflow: the order must be waiting for shipment, and the
/// node must hold every line it claims to ship. Every problem is named at once.
/// </summary>
internal sealed class ShipmentCheck(NpgsqlDataSource dataSource)
{
    public async Task<IResult?> RefusalAsync(Guid orderId, ShipmentRequest request, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var status = await StatusAsync(orderId, ct);
        if (status is null)
        {
            return ApiProblems.NotFound($"Order {orderId}");
        }

        if (status != OrderStatus.AwaitingShipment)
        {
            return Results.Problem(title: $"Order {orderId} is {status}, not awaiting shipment.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var problems = Required(request).ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(await NotHeldAsync(db, orderId, request, ct));
        }

        return problems.Count == 0
            ? null
            : ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The shipment is not valid.", problems);
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
