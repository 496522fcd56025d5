using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Inventory.Reconciliation;
using System.Security.Claims;
using EcomErp.Server.Inventory;
using EcomErp.Server.Security;

namespace EcomErp.Server.Api;

internal static partial class InventoryEndpoints
{
    public sealed record MovementsRequest(IReadOnlyList<StockMovement>? Movements);

    public sealed record LinesRequest(IReadOnlyList<LineRequest>? Lines);

    public sealed record LineRequest(string Sku, string Node, int Quantity, string? Reference);

    public sealed record ArrivalRequest(int Quantity);

    public sealed record SnapshotRequest(string? Source, string? Reference, IReadOnlyList<SnapshotLineRequest>? Lines);

    public sealed record SnapshotLineRequest(string Sku, string Node, int OnHand);

    private static Task<IResult> ReceiptsAsync(LinesRequest request, ClaimsPrincipal user, StockMovements movements,
        InventoryWork work, CancellationToken ct) =>
        PostAsync(Lines(request, MovementKind.Receipt), Caller.From(user), movements, work, ct);

    private static Task<IResult> AdjustmentsAsync(LinesRequest request, ClaimsPrincipal user,
        StockMovements movements, InventoryWork work, CancellationToken ct) =>
        PostAsync(Lines(request, MovementKind.Adjustment), Caller.From(user), movements, work, ct);

    private static Task<IResult> MovementsAsync(MovementsRequest request, ClaimsPrincipal user,
        StockMovements movements, InventoryWork work, CancellationToken ct) =>
        PostAsync(request.Movements ?? [], Caller.From(user), movements, work, ct);

    private static List<StockMovement> Lines(LinesRequest request, MovementKind kind) =>
        [.. (request.Lines ?? []).Select(line => new StockMovement(kind, line.Sku, line.Node, line.Quantity,
            line.Reference))];

    private static async Task<IResult> PostAsync(
        IReadOnlyList<StockMovement> lines,
        Caller caller,
        StockMovements movements,
        InventoryWork work,
        CancellationToken ct)
    {
        if (lines.Count == 0)
        {
            return ApiProblems.Field("movements", "must list at least one movement");
        }

        var foreign = ForeignNodes(caller, lines.Select(line => line.NodeCode), "movements");
        if (foreign.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status403Forbidden, "The key may not report stock there.", foreign);
        }

        var outcome = await work.RunAsync(async db =>
        {
            var problems = await StockMovements.ProblemsAsync(db, lines, ct);
            return problems.Count > 0 ? Refused(problems) : Results.Ok(await movements.PostAsync(db, lines, ct));
        }, ct);
        return outcome;
    }

    private static async Task<IResult> DispatchAsync(TransferRequest request, StockMovements movements,
        InventoryWork work, CancellationToken ct) =>
        await work.RunAsync(async db =>
        {
            var problems = await StockMovements.ProblemsAsync(db, request, ct);
            return problems.Count > 0
                ? Refused(problems)
                : Results.Created($"/api/inventory/transfers/{request.Reference}",
                    await movements.DispatchAsync(db, request, ct));
        }, ct);

    private static async Task<IResult> ArriveAsync(string reference, ArrivalRequest request,
        StockMovements movements, InventoryWork work, CancellationToken ct)
    {
        if (request.Quantity <= 0)
        {
            return ApiProblems.Field("quantity", "must be above zero");
        }

        try
        {
            return await work.RunAsync(async db => await movements.ReceiveAsync(db, reference, request.Quantity, ct)
                is { } transfer ? Results.Ok(transfer) : ApiProblems.NotFound($"Transfer {reference}"), ct);
        }
        catch (InvalidOperationException tooMany)
        {
            return ApiProblems.Field("quantity", tooMany.Message, StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> SnapshotAsync(
        HttpRequest http,
        string? source,
        string? reference,
        ClaimsPrincipal user,
        SnapshotReconciler reconciler,
        InventoryWork work,
        CancellationToken ct)
    {
        var (snapshot, problems) = await ReadSnapshotAsync(http, source, reference, ct);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        var foreign = ForeignNodes(Caller.From(user), snapshot!.Lines.Select(line => line.NodeCode), "lines");
        if (foreign.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status403Forbidden, "The key may not report stock there.", foreign);
        }

        return await work.RunAsync(async db =>
        {
            var invalid = await SnapshotReconciler.ProblemsAsync(db, snapshot!, ct);
            return invalid.Count > 0
                ? Refused(invalid)
                : Results.Ok(await reconciler.ReconcileAsync(db, snapshot!, ct));
        }, ct);
    }

    private static async Task<(StockSnapshot?, IReadOnlyList<(string, string)>)> ReadSnapshotAsync(
        HttpRequest http,
        string? source,
        string? reference,
        CancellationToken ct)
    {
        if (http.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            var (lines, problems) = SnapshotCsv.Read(await RequestBody.ReadTextAsync(http, ct));
            return (new StockSnapshot(source ?? "csv", reference, lines), problems);
        }

        var body = await http.ReadFromJsonAsync<SnapshotRequest>(ct);
        if (body?.Lines is not { Count: > 0 })
        {
            return (null, [("lines", "must list at least one SKU and node")]);
        }

        var parsed = body.Lines.Select(line => new SnapshotLine(line.Sku, line.Node, line.OnHand)).ToList();
        return (new StockSnapshot(body.Source ?? source ?? "json", body.Reference ?? reference, parsed), []);
    }

    /// <summary>The lines naming a node that a warehouse client's key does not serve.</summary>
    private static List<(string Field, string Reason)> ForeignNodes(Caller caller, IEnumerable<string> nodes,
        string field) =>
        [.. nodes.Select((node, index) => (node, index))
            .Where(line => !caller.ShipsFrom(line.node))
            .Select(line => ($"{field}[{line.index}].node", $"this key does not report stock for node '{line.node}'"))];

    private static IResult Refused(IEnumerable<(string Field, string Reason)> problems) =>
        ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The stock report is not valid.", problems);
}
