namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>What posting movements did.</summary>
/// <param name="Posted">Movements written to the ledger.</param>
/// <param name="Duplicates">Movements whose reference had been posted before, so they were skipped.</param>
public sealed record MovementOutcome(int Posted, int Duplicates);
