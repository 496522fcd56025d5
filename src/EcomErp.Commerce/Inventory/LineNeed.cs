namespace EcomErp.Commerce.Inventory;

/// <summary>What one order line still needs held: whole line units, each made of its parts.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Parts">The SKUs one unit of the line takes: the line's SKU, or a kit's components.</param>
/// <param name="Units">Line units not yet held or shipped.</param>
internal sealed record LineNeed(ReservationLine Line, IReadOnlyList<ReservationPart> Parts, int Units)
{
    /// <summary>Whole line units the remaining stock covers, at most <see cref="Units"/>.</summary>
    public int Coverable(IReadOnlyDictionary<string, int> remaining) =>
        Parts.Count == 0 ? 0 : Parts.Min(part => Math.Min(Units, Math.Max(0, remaining[part.Sku]) / part.PerLineUnit));
}
