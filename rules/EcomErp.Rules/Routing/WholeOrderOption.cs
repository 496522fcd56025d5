namespace EcomErp.Rules.Routing;

/// <summary>A node that can ship every line, in one parcel cost.</summary>
internal sealed record WholeOrderOption(string NodeCode, decimal Cost);
