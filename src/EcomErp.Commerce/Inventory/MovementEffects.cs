using System.Collections.Frozen;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// The one table that says how each movement kind changes a position: positions are updated through it, and the
/// ledger is replayed through it, so the two cannot disagree about what a movement means. A movement's delta is
/// multiplied by the sign of each measure it touches.
/// </summary>
public static class MovementEffects
{
    private static readonly FrozenDictionary<MovementKind, (StockMeasure Measure, int Sign)[]> Effects =
        new Dictionary<MovementKind, (StockMeasure, int)[]>
        {
            [MovementKind.Receipt] = [(StockMeasure.OnHand, 1)],
            [MovementKind.Adjustment] = [(StockMeasure.OnHand, 1)],
            [MovementKind.Count] = [(StockMeasure.OnHand, 1)],
            [MovementKind.Reservation] = [(StockMeasure.Reserved, 1)],
            [MovementKind.Release] = [(StockMeasure.Reserved, 1)],
            [MovementKind.Shipment] = [(StockMeasure.OnHand, 1), (StockMeasure.Reserved, 1)],
            [MovementKind.SafetyStock] = [(StockMeasure.SafetyStock, 1)],
            [MovementKind.ReturnReceipt] = [(StockMeasure.AwaitingInspection, 1)],
            [MovementKind.InspectionRestocked] = [(StockMeasure.AwaitingInspection, -1), (StockMeasure.OnHand, 1)],
            [MovementKind.InspectionDamaged] = [(StockMeasure.AwaitingInspection, -1), (StockMeasure.Damaged, 1)],
            [MovementKind.TransferOut] = [(StockMeasure.OnHand, 1)],
            [MovementKind.TransferDispatched] = [(StockMeasure.InTransit, 1)],
            [MovementKind.TransferIn] = [(StockMeasure.InTransit, -1), (StockMeasure.OnHand, 1)],
        }.ToFrozenDictionary();

    /// <summary>The measures <paramref name="kind"/> moves, each with the sign its delta is applied with.</summary>
    public static IReadOnlyList<(StockMeasure Measure, int Sign)> Of(MovementKind kind) => Effects[kind];

    /// <summary>The signed change a movement of <paramref name="kind"/> and <paramref name="delta"/> makes.</summary>
    public static int Change(MovementKind kind, int delta, StockMeasure measure) =>
        Effects[kind].Where(effect => effect.Measure == measure).Sum(effect => effect.Sign * delta);

    /// <summary>Whether a movement of <paramref name="kind"/> changes what orders hold.</summary>
    public static bool MovesReserved(MovementKind kind) => Change(kind, 1, StockMeasure.Reserved) != 0;

    /// <summary>
    /// A SQL expression that gives the change of <paramref name="measure"/> made by a ledger row, from its
    /// <c>kind</c> and <c>quantity_delta</c> columns, for replaying the ledger inside the database.
    /// </summary>
    public static string SqlChange(StockMeasure measure)
    {
        var cases = Effects
            .SelectMany(pair => pair.Value.Where(effect => effect.Measure == measure)
                .Select(effect => $"WHEN '{pair.Key}' THEN {effect.Sign}"));
        return $"quantity_delta * (CASE kind {string.Join(' ', cases)} ELSE 0 END)";
    }
}
