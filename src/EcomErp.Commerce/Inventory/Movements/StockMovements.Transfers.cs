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
        if (request.FromNode is not null && request.FromNode == request.ToNode)
        {
            problems.Add(("toNode", "must differ from fromNode: a transfer moves units between two nodes"));
        }

        if (request.Quantity <= 0)
        {
            problems.Add(("quantity", "must be above zero"));
        }
        else if (StockLimits.QuantityProblem(request.Quantity) is { } tooMany)
        {
            problems.Add(("quantity", tooMany));
        }

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            problems.Add(("reference", "is required"));
        }

        if (request.ExpectedAt is null)
        {
            problems.Add(("expectedAt", "is required: when the units are expected, as an ISO 8601 date and time"));
        }

        return problems;
    }

    /// <summary>
    /// Dispatches a transfer: the sender's on hand drops (when there is a sender) and the receiver's in transit
    /// rises. A reference seen before returns the first transfer and books nothing, as a duplicate when the request
    /// has the same terms and as a taken reference when it does not. A sender may not send more
    /// than it has on hand beyond what orders hold there; check the request with ProblemsAsync first.
    /// </summary>
    public async Task<TransferOutcome> DispatchAsync(
        CommerceDbContext db,
        TransferRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expectedAt = request.ExpectedAt ?? throw new ArgumentException("A transfer needs its expected arrival.",
            nameof(request));
        await StockLocks.LockReferenceAsync(db, $"transfer:{request.Reference}", cancellationToken);
        var stock = await LockedStock.OpenAsync(db, [request.Sku], clock.GetUtcNow(), cancellationToken);
        if (await FindAsync(db, request.Reference, cancellationToken) is { } existing)
        {
            // A resend of the same transfer is answered with the first one; the same reference for other terms
            // is a mistake that booking nothing would hide.
            var differences = Differences(existing, request, expectedAt);
            return differences.Count == 0
                ? new TransferOutcome(existing, null) { Duplicate = true }
                : new TransferOutcome(null, null)
                {
                    ReferenceTaken = $"is already used by transfer {existing.Id}, which has a different " +
                        $"{string.Join(", ", differences)}; a new transfer needs a reference of its own",
                };
        }

        var refused = Shortfall(stock, request)
            ?? Refusal(stock, MovementKind.TransferDispatched, request.Sku, request.ToNode, request.Quantity);
        if (refused is not null)
        {
            return TransferOutcome.Refused(refused);
        }

        var transfer = StockTransfer.Dispatch(request.Reference, request.Sku, (request.FromNode, request.ToNode),
            request.Quantity, expectedAt, clock.GetUtcNow());
        db.StockTransfers.Add(transfer);
        if (request.FromNode is { } from)
        {
            stock.Post(MovementKind.TransferOut, request.Sku, from, -request.Quantity,
                new MovementTag(Reference: request.Reference));
        }

        stock.Post(MovementKind.TransferDispatched, request.Sku, request.ToNode, request.Quantity,
            new MovementTag(Reference: request.Reference, ExpectedAt: expectedAt));
        await stock.SaveAsync(feed, cancellationToken);
        return new TransferOutcome(transfer, null);
    }

    /// <summary>
    /// Books the arrival of <paramref name="quantity"/> units: from in transit to on hand. Null when no transfer
    /// has the reference; refused when more arrive than are still on their way.
    /// </summary>
    public async Task<TransferOutcome?> ReceiveAsync(
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
            return TransferOutcome.Refused($"is more than the {transfer.Outstanding} unit(s) of transfer " +
                $"{reference} still on their way");
        }

        if (Refusal(stock, MovementKind.TransferIn, sku, transfer.ToNode, quantity) is { } refused)
        {
            return TransferOutcome.Refused(refused);
        }

        transfer.Received += quantity;
        stock.Post(MovementKind.TransferIn, sku, transfer.ToNode, quantity, new MovementTag(Reference: reference));
        await stock.SaveAsync(feed, cancellationToken);
        return new TransferOutcome(transfer, null);
    }

    /// <summary>The fields in which a request differs from the transfer that already has its reference.</summary>
    private static List<string> Differences(StockTransfer existing, TransferRequest request,
        DateTimeOffset expectedAt)
    {
        var differences = new List<string>();
        if (existing.Sku != request.Sku)
        {
            differences.Add("sku");
        }

        if (existing.FromNode != request.FromNode)
        {
            differences.Add("fromNode");
        }

        if (existing.ToNode != request.ToNode)
        {
            differences.Add("toNode");
        }

        if (existing.Quantity != request.Quantity)
        {
            differences.Add("quantity");
        }

        // The database keeps microseconds; a resend of the same instant may carry finer ticks.
        if (Math.Abs((existing.ExpectedAt - expectedAt).Ticks) >= TimeSpan.TicksPerMicrosecond)
        {
            differences.Add("expectedAt");
        }

        return differences;
    }

    /// <summary>Why the sender cannot spare the units, or null when it can (or there is no sender).</summary>
    private static string? Shortfall(LockedStock stock, TransferRequest request)
    {
        if (request.FromNode is not { } from)
        {
            return null;
        }

        // Units that orders hold at the sender stay for those orders; the rest of its on hand may leave.
        var position = stock.Picture.PositionAt(request.Sku, from);
        var spare = Math.Max(0, (position?.OnHand ?? 0) - (position?.Reserved ?? 0));
        return request.Quantity > spare
            ? $"is more than the {spare} unit(s) node '{from}' has on hand beyond what orders hold there"
            : null;
    }

    private static string? Refusal(LockedStock stock, MovementKind kind, string sku, string node, int quantity) =>
        StockLimits.Refusal(stock.Picture.PositionAt(sku, node)?.AsBalance() ?? new(0, 0), kind, quantity);

    private static Task<StockTransfer?> FindAsync(CommerceDbContext db, string reference, CancellationToken ct) =>
        db.StockTransfers.SingleOrDefaultAsync(t => t.Reference == reference, ct);
}
