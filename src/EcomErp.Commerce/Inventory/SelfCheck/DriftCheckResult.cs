namespace EcomErp.Commerce.Inventory.SelfCheck;

/// <summary>What one rebuild-and-compare found.</summary>
/// <param name="Compared">Positions and channel positions compared.</param>
/// <param name="Findings">Every figure that differs now.</param>
/// <param name="Opened">Incidents opened by this check.</param>
/// <param name="Resolved">Incidents this check found healed.</param>
public sealed record DriftCheckResult(
    int Compared,
    IReadOnlyList<DriftFinding> Findings,
    IReadOnlyList<InventoryDrift> Opened,
    int Resolved);
