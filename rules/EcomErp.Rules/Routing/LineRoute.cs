namespace EcomErp.Rules.Routing;

/// <summary>The node chosen for one line when no node ships the whole order.</summary>
internal sealed record LineRoute(int LineNo, string NodeCode, decimal UnitsCost);
