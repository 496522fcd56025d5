namespace EcomErp.Rules.Routing;

/// <summary>A node that holds enough for a whole line, and what shipping the line from it would cost.</summary>
internal sealed record LineCoverage(int LineNo, string NodeCode, decimal UnitsCost, decimal ShipmentCost)
{
    public decimal CostAlone => UnitsCost + ShipmentCost;
}
