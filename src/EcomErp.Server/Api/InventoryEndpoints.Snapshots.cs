using System.Security.Claims;
using System.Text.Json;
using EcomErp.Commerce.Inventory.Reconciliation;
using EcomErp.Server.Inventory;
using EcomErp.Server.Orders;
using EcomErp.Server.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace EcomErp.Server.Api;

/// <summary>Full stock snapshots, as JSON or CSV, reconciled against the ledger.</summary>
internal static partial class InventoryEndpoints
{
    public sealed record SnapshotRequest(string? Source, string? Reference, IReadOnlyList<SnapshotLineRequest?>? Lines);

    public sealed record SnapshotLineRequest(string? Sku, string? Node, int? OnHand);

    private static async Task<IResult> SnapshotAsync(
        HttpRequest http,
        string? source,
        string? reference,
        ClaimsPrincipal user,
        SnapshotReconciler reconciler,
        InventoryWork work,
        StockWaiters waiters,
        IOptions<JsonOptions> json,
        CancellationToken ct)
    {
        if (!http.HasJsonContentType() && !IsCsv(http))
        {
            return ApiProblems.Fields(StatusCodes.Status415UnsupportedMediaType,
                "Send the snapshot as JSON or as CSV.",
                [("Content-Type", $"must be application/json or text/csv, not '{http.ContentType}'")]);
        }

        SnapshotRequest? body;
        try
        {
            body = IsCsv(http) ? null : await http.ReadFromJsonAsync<SnapshotRequest>(ct);
        }
        catch (JsonException malformed)
        {
            return ApiProblems.Unreadable(malformed, typeof(SnapshotRequest));
        }

        var (snapshot, keys, unreadable) = IsCsv(http)
            ? ReadCsv(await RequestBody.ReadTextAsync(http, ct), source, reference)
            : ReadJson(body, source, reference);
        var foreign = ForeignNodes(Caller.From(user), snapshot.Lines.Select(line => line.NodeCode), keys);
        if (foreign.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status403Forbidden, "The key may not report stock there.", foreign);
        }

        var result = await work.RunAsync(async db =>
        {
            var invalid = unreadable.Concat(await SnapshotReconciler.ProblemsAsync(db, snapshot, keys, ct)).ToList();
            if (invalid.Count > 0)
            {
                return Refused(invalid);
            }

            return await reconciler.ReconcileAsync(db, snapshot, ct) switch
            {
                { ReferenceTaken: { } taken } => ApiProblems.Fields(StatusCodes.Status409Conflict,
                    "The snapshot's reference was used for other counts.", [("reference", taken)]),
                { Report: var report, Duplicate: var duplicate } =>
                    Results.Ok(Flagged(report!, duplicate, json.Value)),
            };
        }, ct);
        await WakeIfBookedAsync(result, waiters, snapshot.Lines.Select(line => line.Sku), ct);
        return result;
    }

    private static bool IsCsv(HttpRequest http) =>
        http.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;

    private static (StockSnapshot, IReadOnlyList<string>, IReadOnlyList<(string, string)>) ReadCsv(string text,
        string? source, string? reference)
    {
        var (lines, keys, problems) = SnapshotCsv.Read(text);
        return (new StockSnapshot(source ?? "csv", reference, lines), keys, problems);
    }

    private static (StockSnapshot, IReadOnlyList<string>, IReadOnlyList<(string, string)>) ReadJson(
        SnapshotRequest? body,
        string? source,
        string? reference)
    {
        var (lines, keys, problems) = (new List<SnapshotLine>(), new List<string>(), new List<(string, string)>());
        if (body?.Lines is not { Count: > 0 })
        {
            problems.Add(("lines", "must list at least one SKU and node"));
        }

        foreach (var (line, i) in (body?.Lines ?? []).Select((line, i) => (line, i)))
        {
            if (line?.OnHand is { } onHand)
            {
                lines.Add(new SnapshotLine(line.Sku ?? "", line.Node ?? "", onHand));
                keys.Add($"lines[{i}]");
            }
            else
            {
                problems.Add(line is null
                    ? ($"lines[{i}]", "must be an object")
                    : ($"lines[{i}].onHand", "is required"));
            }
        }

        return (new StockSnapshot(body?.Source ?? source ?? "json", body?.Reference ?? reference, lines), keys,
            problems);
    }
}
