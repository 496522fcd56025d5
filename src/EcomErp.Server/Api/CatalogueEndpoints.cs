using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

/// <summary>
/// The catalogue operations keep: SKUs, kits made of SKUs, and the nodes that ship them. Entries are created,
/// never silently overwritten: a code that exists answers 409. Operations keys only.
/// </summary>
internal static partial class CatalogueEndpoints
{
    private const int MaxCodeLength = 64;

    public sealed record SkuRequest(string? Code, string? Name);

    public sealed record KitRequest(string? Code, string? Name, IReadOnlyList<ComponentRequest>? Components);

    public sealed record ComponentRequest(string? Sku, int Quantity);

    /// <summary>An amount, written as a number or, as the seed file and channels do, as a string.</summary>
    public sealed record MoneyRequest(decimal Amount, string? Currency);

    public sealed record NodeRequest(
        string? Code,
        string? Name,
        NodeKind? Kind,
        string? CountryCode,
        string? Region,
        MoneyRequest? PerShipmentCost,
        MoneyRequest? PerUnitCost);

    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Catalogue");
        group.MapGet("/skus", ListSkusAsync);
        group.MapPost("/skus", CreateSkuAsync);
        group.MapPost("/kits", CreateKitAsync);
        group.MapGet("/nodes", ListNodesAsync);
        group.MapPost("/nodes", CreateNodeAsync);
    }

    private static async Task<IResult> ListSkusAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var db = Open(dataSource);
        var skus = await db.Skus.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        var components = await db.KitComponents.AsNoTracking().ToListAsync(ct);
        return Results.Ok(skus.Select(s => new
        {
            s.Code,
            s.Name,
            s.IsKit,
            components = components.Where(c => c.KitSku == s.Code)
                .Select(c => new { sku = c.ComponentSku, c.Quantity }),
        }));
    }

    private static async Task<IResult> CreateSkuAsync(SkuRequest request, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        var problems = CodeAndName(request.Code, request.Name).ToList();
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        await using var db = Open(dataSource);
        if (await db.Skus.AnyAsync(s => s.Code == request.Code, ct))
        {
            return Exists("SKU", request.Code!);
        }

        db.Skus.Add(new Sku(request.Code!, request.Name!));
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/skus/{request.Code}", new { request.Code, request.Name, isKit = false });
    }

    private static async Task<IResult> ListNodesAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var db = Open(dataSource);
        var nodes = await db.Nodes.AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct);
        return Results.Ok(nodes.Select(NodeView));
    }

    /// <summary>A node as callers write it: costs as amount and currency, nothing the server derives.</summary>
    private static object NodeView(Node node) => new
    {
        node.Code,
        node.Name,
        node.Kind,
        node.CountryCode,
        node.Region,
        perShipmentCost = new { node.PerShipmentCost.Amount, node.PerShipmentCost.Currency },
        perUnitCost = new { node.PerUnitCost.Amount, node.PerUnitCost.Currency },
        node.OrderCutoff,
        node.TimeZone,
    };

    private static CommerceDbContext Open(NpgsqlDataSource dataSource) =>
        new(CommerceDatabase.CreateOptions(dataSource));

    private static IEnumerable<(string Field, string Reason)> CodeAndName(string? code, string? name)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength || code.Any(char.IsControl)
            || code.Contains('/', StringComparison.Ordinal))
        {
            yield return ("code", $"is required: up to {MaxCodeLength} characters, without '/' or control characters");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            yield return ("name", "is required");
        }
    }

    private static IResult Invalid(IEnumerable<(string Field, string Reason)> problems) =>
        ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The catalogue entry is not valid.", problems);

    private static IResult Exists(string what, string code) =>
        ApiProblems.Field("code", $"{what} '{code}' exists already", StatusCodes.Status409Conflict);

    private static IEnumerable<(string, string)> MoneyProblems(string field, MoneyRequest? money)
    {
        if (money is null)
        {
            yield return (field, "is required, as {amount, currency}");
        }
        else if (money.Amount < 0 || !Currencies.IsKnown(money.Currency))
        {
            yield return (field, "needs an amount of zero or more and a known ISO 4217 currency code");
        }
    }
}
