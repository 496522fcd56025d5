namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// A position that a count left with fewer units on hand than orders hold there. The count stands, since it is
/// what is on the shelf; the orders cannot all ship from that node until stock arrives or they are routed again.
/// </summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Node">The node.</param>
/// <param name="OnHand">On hand by the count.</param>
/// <param name="Reserved">What orders hold there.</param>
public sealed record ReservedShortfall(string Sku, string Node, int OnHand, int Reserved);
