using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Movements;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using EcomErp.Server.Inventory;
using EcomErp.Server.Orders;
using EcomErp.Server.Security;

namespace EcomErp.Server.Api;

internal static partial class InventoryEndpoints
{
    public sealed record MovementsRequest(IReadOnlyList<MovementRequest?>? Movements);

    public sealed record MovementRequest(ReportedKind? Kind, string? Sku, string? Node, int? Quantity,
        string? Reference);

    /// <summary>
    /// The kinds of movement a sender may report, named as in the ledger. The ledger's other kinds (reservations,
    /// counts, transfers) are booked by the service itself, so a kind the body cannot name is answered with
    /// these alone.
    /// </summary>
    public enum ReportedKind
    {
        Receipt,
        Adjustment,
        SafetyStock,
        ReturnReceipt,
        InspectionRestocked,
        InspectionDamaged,
    }

    public sealed record LinesRequest(IReadOnlyList<LineRequest?>? Lines);

    public sealed record LineRequest(string? Sku, string? Node, int? Quantity, string? Reference);

    public sealed record ArrivalRequest(int? Quantity);

    private static Task<IResult> ReceiptsAsync(LinesRequest request, ClaimsPrincipal user, StockMovements movements,
        InventoryWork work, StockWaiters waiters, CancellationToken ct) =>
        PostAsync(Lines(request, ReportedKind.Receipt), "lines", Caller.From(user), (movements, work, waiters), ct);

    private static Task<IResult> AdjustmentsAsync(LinesRequest request, ClaimsPrincipal user,
        StockMovements movements, InventoryWork work, StockWaiters waiters, CancellationToken ct) =>
        PostAsync(Lines(request, ReportedKind.Adjustment), "lines", Caller.From(user), (movements, work, waiters),
            ct);

    private static Task<IResult> MovementsAsync(MovementsRequest request, ClaimsPrincipal user,
        StockMovements movements, InventoryWork work, StockWaiters waiters, CancellationToken ct) =>
        PostAsync(request.Movements, "movements", Caller.From(user), (movements, work, waiters), ct);

    /// <summary>Receipts and adjustments are movements whose kind the endpoint gives.</summary>
    private static List<MovementRequest?>? Lines(LinesRequest request, ReportedKind kind) =>
        request.Lines?.Select(line => line is null ? null
            : new MovementRequest(kind, line.Sku, line.Node, line.Quantity, line.Reference)).ToList();

    /// <summary>
    /// Checks and posts one stock report. <paramref name="path"/> is the list's name in the body, so every
    /// problem is named as the sender wrote it (<c>lines[1].node</c>, <c>movements[0].quantity</c>).
    /// </summary>
    private static async Task<IResult> PostAsync(
        IReadOnlyList<MovementRequest?>? items,
        string path,
        Caller caller,
        (StockMovements Movements, InventoryWork Work, StockWaiters Waiters) services,
        CancellationToken ct)
    {
        var (movements, work, waiters) = services;
        if (items is not { Count: > 0 })
        {
            return ApiProblems.Field(path, "must list at least one movement");
        }

        var foreign = ForeignNodes(caller, items.Select(item => item?.Node ?? ""), path);
        if (foreign.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status403Forbidden, "The key may not report stock there.", foreign);
        }

        var (lines, keys, missing) = Read(items, path);
        var result = await work.RunAsync(async db =>
        {
            var problems = missing.Concat(await StockMovements.ProblemsAsync(db, lines, keys, ct)).ToList();
            if (problems.Count > 0)
            {
                return Refused(problems);
            }

            var outcome = await movements.PostAsync(db, lines, ct);
            return outcome.Refused.Count > 0
                ? Refused(outcome.Refused.Select(line => ($"{keys[line.Index]}.quantity", line.Reason)))
                : Results.Ok(outcome);
        }, ct);
        await WakeIfBookedAsync(result, waiters, lines.Select(line => line.Sku), ct);
        return result;
    }

    /// <summary>
    /// Once stock is booked and committed, the orders held for it are told, so they need not wait for a person.
    /// </summary>
    private static async Task WakeIfBookedAsync(IResult result, StockWaiters waiters, IEnumerable<string> skus,
        CancellationToken ct)
    {
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            await waiters.WakeAsync([.. skus.Distinct(StringComparer.Ordinal)], ct);
        }
    }

    /// <summary>The movements that name a kind and a quantity, each with its path, and what the others lack.</summary>
    private static (List<StockMovement>, List<string>, List<(string, string)>) Read(
        IReadOnlyList<MovementRequest?> items,
        string path)
    {
        var (lines, keys, missing) = (new List<StockMovement>(), new List<string>(), new List<(string, string)>());
        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            var key = $"{path}[{i}]";
            if (item is null)
            {
                missing.Add((key, "must be an object"));
                continue;
            }

            if (item.Kind is null)
            {
                missing.Add(($"{key}.kind", "is required"));
            }
            else if (!Enum.IsDefined(item.Kind.Value))
            {
                // A number in place of a name binds to no kind at all.
                missing.Add(($"{key}.kind", RequestFields.Expectation(typeof(ReportedKind))));
            }

            if (item.Quantity is null)
            {
                missing.Add(($"{key}.quantity", "is required"));
            }

            if (item is { Kind: { } kind, Quantity: { } quantity } && Enum.IsDefined(kind))
            {
                lines.Add(new StockMovement(Ledger(kind), item.Sku ?? "", item.Node ?? "", quantity,
                    item.Reference));
                keys.Add(key);
            }
        }

        return (lines, keys, missing);
    }

    /// <summary>The ledger's kind of the same name.</summary>
    private static MovementKind Ledger(ReportedKind kind) => Enum.Parse<MovementKind>(kind.ToString());

    private static async Task<IResult> DispatchAsync(TransferRequest request, StockMovements movements,
        InventoryWork work, IOptions<JsonOptions> json, CancellationToken ct) =>
        await work.RunAsync(async db =>
        {
            var problems = await StockMovements.ProblemsAsync(db, request, ct);
            if (problems.Count > 0)
            {
                return Refused(problems);
            }

            return await movements.DispatchAsync(db, request, ct) switch
            {
                { Refusal: { } refused } => Refused([("quantity", refused)]),
                { ReferenceTaken: { } taken } => ApiProblems.Fields(StatusCodes.Status409Conflict,
                    "The transfer's reference belongs to another transfer.", [("reference", taken)]),
                { Duplicate: true, Transfer: { } first } => Results.Ok(Flagged(first, true, json.Value)),
                { Transfer: var transfer } => Results.Created($"/api/inventory/transfers/{request.Reference}",
                    Flagged(transfer!, false, json.Value)),
            };
        }, ct);

    /// <summary>
    /// <paramref name="value"/> as the API writes it, with <c>duplicate</c> saying whether the request repeated an
    /// earlier one, so a sender that retries can tell its retry from a first booking.
    /// </summary>
    private static JsonObject Flagged(object value, bool duplicate, JsonOptions json)
    {
        var node = JsonSerializer.SerializeToNode(value, value.GetType(), json.SerializerOptions)!.AsObject();
        node["duplicate"] = duplicate;
        return node;
    }

    private static async Task<IResult> ArriveAsync(string reference, ArrivalRequest request,
        StockMovements movements, InventoryWork work, StockWaiters waiters, CancellationToken ct)
    {
        var problem = request.Quantity switch
        {
            null => "is required",
            <= 0 => "must be above zero",
            { } units => StockLimits.QuantityProblem(units),
        };
        if (problem is not null)
        {
            return Refused([("quantity", problem)]);
        }

        StockTransfer? arrived = null;
        var result = await work.RunAsync(async db =>
        {
            var outcome = await movements.ReceiveAsync(db, reference, request.Quantity!.Value, ct);
            arrived = outcome?.Transfer;
            return outcome switch
            {
                null => ApiProblems.NotFound($"Transfer {reference}"),
                { Refusal: { } refused } => Refused([("quantity", refused)]),
                { Transfer: var transfer } => Results.Ok(transfer),
            };
        }, ct);
        await WakeIfBookedAsync(result, waiters, arrived is null ? [] : [arrived.Sku], ct);
        return result;
    }

    /// <summary>The lines naming a node that a warehouse client's key does not serve.</summary>
    private static List<(string Field, string Reason)> ForeignNodes(Caller caller, IEnumerable<string> nodes,
        string path) => ForeignNodes(caller, nodes, [.. nodes.Select((_, i) => $"{path}[{i}]")]);

    private static List<(string Field, string Reason)> ForeignNodes(Caller caller, IEnumerable<string> nodes,
        IReadOnlyList<string> keys) =>
        [.. nodes.Select((node, index) => (node, index))
            .Where(line => line.node.Length > 0 && !caller.ShipsFrom(line.node))
            .Select(line => ($"{keys[line.index]}.node", $"this key does not report stock for node '{line.node}'"))];

    private static IResult Refused(IEnumerable<(string Field, string Reason)> problems) =>
        ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The stock report is not valid.", problems);
}
