using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Movements;

public sealed partial class StockMovements
{
    /// <summary>Every problem with a transfer, keyed by field name.</summary>
    public static async Task<IReadOnlyList<(string Field, string Reason)>> ProblemsAsync(
        CommerceDbContext db,
        TransferRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalogue = await Catalogue.LoadAsync(db, [request.Sku], cancellationToken);
        var problems = catalogue.SkuProblems("sku", request.Sku)
            .Concat(catalogue.NodeProblems("toNode", request.ToNode))
            .Concat(request.FromNode is null ? [] : catalogue.NodeProblems("fromNode", request.FromNode))
            .ToList();
        if (request.Quantity <= 0)
        {
            problems.Add(("quantity", "must be above zero"));
        }

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            problems.Add(("reference", "is required"));
        }

        return problems;
    }

    /// <summary>
    /// Dispatches a transfer: the sender's on hand drops (when there is a sender) and the receiver's in transit
    /// rises. A reference seen before returns the first transfer and books nothing.
    /// </summary>
    public async Task<StockTransfer> DispatchAsync(
        CommerceDbContext db,
        TransferRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stock = await LockedStock.OpenAsync(db, [request.Sku], clock.GetUtcNow(), cancellationToken);
        if (await FindAsync(db, request.Reference, cancellationToken) is { } existing)
        {
            return existing;
        }

        var transfer = StockTransfer.Dispatch(request.Reference, request.Sku, (request.FromNode, request.ToNode),
            request.Quantity, request.ExpectedAt, clock.GetUtcNow());
        db.StockTransfers.Add(transfer);
        if (request.FromNode is { } from)
        {
            stock.Post(MovementKind.TransferOut, request.Sku, from, -request.Quantity,
                new MovementTag(Reference: request.Reference));
        }

        stock.Post(MovementKind.TransferDispatched, request.Sku, request.ToNode, request.Quantity,
            new MovementTag(Reference: request.Reference, ExpectedAt: request.ExpectedAt));
        await stock.SaveAsync(feed, cancellationToken);
        return transfer;
    }

    /// <summary>Books the arrival of <paramref name="quantity"/> units: from in transit to on hand.</summary>
    /// <exception cref="InvalidOperationException">More arrived than is still on its way.</exception>
    public async Task<StockTransfer?> ReceiveAsync(
        CommerceDbContext db,
        string reference,
        int quantity,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var sku = await db.StockTransfers.Where(t => t.Reference == reference).Select(t => t.Sku)
            .SingleOrDefaultAsync(cancellationToken);
        if (sku is null)
        {
            return null;
        }

        var stock = await LockedStock.OpenAsync(db, [sku], clock.GetUtcNow(), cancellationToken);
        var transfer = (await FindAsync(db, reference, cancellationToken))!;
        if (quantity > transfer.Outstanding)
        {
            throw new InvalidOperationException($"Transfer {reference} has {transfer.Outstanding} unit(s) on their " +
                $"way, fewer than the {quantity} received.");
        }

        transfer.Received += quantity;
        stock.Post(MovementKind.TransferIn, sku, transfer.ToNode, quantity, new MovementTag(Reference: reference));
        await stock.SaveAsync(feed, cancellationToken);
        return transfer;
    }

    private static Task<StockTransfer?> FindAsync(CommerceDbContext db, string reference, CancellationToken ct) =>
        db.StockTransfers.SingleOrDefaultAsync(t => t.Reference == reference, ct);
}
