using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Monetary;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

internal static partial class CatalogueEndpoints
{
    /// <summary>A kit is a SKU with no stock of its own, sold as whole sets of its components.</summary>
    private static async Task<IResult> CreateKitAsync(KitRequest request, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        var problems = CodeAndName(request.Code, request.Name).Concat(ComponentShape(request)).ToList();
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        await using var db = Open(dataSource);
        if (await db.Skus.AnyAsync(s => s.Code == request.Code, ct))
        {
            return Exists("SKU", request.Code!);
        }

        var names = request.Components!.Select(c => c.Sku!).ToList();
        var known = await db.Skus.Where(s => names.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        problems.AddRange(request.Components!.Select((c, i) => (c, i))
            .Where(x => !known.TryGetValue(x.c.Sku!, out var sku) || sku.IsKit)
            .Select(x => ($"components[{x.i}].sku", $"'{x.c.Sku}' is not a stocked SKU of the catalogue")));
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        db.Skus.Add(new Sku(request.Code!, request.Name!, isKit: true));
        db.KitComponents.AddRange(request.Components!.Select(c => new KitComponent(request.Code!, c.Sku!, c.Quantity)));
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/skus/{request.Code}", new { request.Code, request.Name, isKit = true });
    }

    private static IEnumerable<(string, string)> ComponentShape(KitRequest request)
    {
        if (request.Components is not { Count: > 0 })
        {
            yield return ("components", "must list at least one component");
            yield break;
        }

        for (var i = 0; i < request.Components.Count; i++)
        {
            var component = request.Components[i];
            if (string.IsNullOrWhiteSpace(component.Sku))
            {
                yield return ($"components[{i}].sku", "is required");
            }
            else if (request.Components.Take(i).Any(c => c.Sku == component.Sku))
            {
                yield return ($"components[{i}].sku", $"'{component.Sku}' is listed more than once");
            }

            if (component.Quantity is <= 0 or > 1000)
            {
                yield return ($"components[{i}].quantity", "must be a whole number from 1 to 1000");
            }
        }
    }

    private static async Task<IResult> CreateNodeAsync(NodeRequest request, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        var problems = CodeAndName(request.Code, request.Name).Concat(NodeProblems(request)).ToList();
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        await using var db = Open(dataSource);
        if (await db.Nodes.AnyAsync(n => n.Code == request.Code, ct))
        {
            return Exists("Node", request.Code!);
        }

        var node = new Node(request.Code!, request.Name!, request.Kind!.Value,
            (request.CountryCode!.ToUpperInvariant(), request.Region),
            new Money(request.PerShipmentCost!.Amount, request.PerShipmentCost.Currency!),
            new Money(request.PerUnitCost!.Amount, request.PerUnitCost.Currency!));
        db.Nodes.Add(node);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/nodes/{request.Code}", NodeView(node));
    }

    private static IEnumerable<(string, string)> NodeProblems(NodeRequest request)
    {
        if (request.Kind is null)
        {
            yield return ("kind", $"is required: one of {string.Join(", ", Enum.GetNames<NodeKind>())}");
        }

        if (request.CountryCode is not { Length: 2 } country || !country.All(char.IsAsciiLetter))
        {
            yield return ("countryCode", "is required: an ISO 3166-1 alpha-2 code such as US");
        }

        foreach (var problem in MoneyProblems("perShipmentCost", request.PerShipmentCost)
            .Concat(MoneyProblems("perUnitCost", request.PerUnitCost)))
        {
            yield return problem;
        }
    }
}
