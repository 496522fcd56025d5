using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

/// <summary>
/// Channels, for operations: list them, and create one or change its name and webhook secret (left as it is when
/// not given, removed when empty). A channel's format and currency are fixed once it exists. Secrets are never
/// shown, only whether one is set.
/// </summary>
internal static class ChannelEndpoints
{
    public sealed record ChannelRequest(
        string? Name,
        PayloadFormat? Format,
        string? ShopCurrency,
        string? WebhookSecret);

    public static void MapChannelEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/channels").WithTags("Channels");
        group.MapGet("/", ListAsync);
        group.MapPut("/{code}", PutAsync);
    }

    private static async Task<IResult> ListAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return Results.Ok(channels.Select(Summary));
    }

    private static async Task<IResult> PutAsync(string code, ChannelRequest request, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var channel = await db.Channels.SingleOrDefaultAsync(c => c.Code == code, ct);
        var problems = Problems(code, channel, request).ToList();
        if (problems.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The channel is not valid.", problems);
        }

        var created = channel is null;
        channel ??= db.Channels.Add(new Channel(code, request.Name!, request.Format!.Value, request.ShopCurrency!))
            .Entity;
        channel.Rename(request.Name ?? channel.Name);
        if (request.WebhookSecret is { } secret)
        {
            channel.ChangeWebhookSecret(secret);
        }

        await db.SaveChangesAsync(ct);
        return created ? Results.Created($"/api/channels/{code}", Summary(channel)) : Results.Ok(Summary(channel));
    }

    private static IEnumerable<(string, string)> Problems(string code, Channel? existing, ChannelRequest request)
    {
        if (code.Length > 64 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            yield return ("code", "has at most 64 letters, digits, '-' or '_'");
        }

        if (existing is null && string.IsNullOrWhiteSpace(request.Name))
        {
            yield return ("name", "is required");
        }

        if (request.Format is { } format ? existing is not null && format != existing.Format : existing is null)
        {
            yield return ("format", existing is null ? "is required" : "cannot change once the channel exists");
        }

        if (CurrencyProblem(existing, request.ShopCurrency) is { } reason)
        {
            yield return ("shopCurrency", reason);
        }
    }

    // Orders are booked in the shop currency, so changing it would put a channel's old and new orders in
    // different currencies; the code refuses any change once the channel exists, with or without orders.
    private static string? CurrencyProblem(Channel? existing, string? currency) =>
        currency is null
            ? existing is null ? "is required for a new channel: a known ISO 4217 code such as USD" : null
            : existing is not null && currency != existing.ShopCurrency
                ? $"cannot be changed once the channel exists: channel '{existing.Code}' sells in " +
                  $"{existing.ShopCurrency}, so leave shopCurrency out or send {existing.ShopCurrency}"
                : !Currencies.IsKnown(currency)
                    ? $"'{currency}' is not a known ISO 4217 currency code in upper case"
                    : null;

    private static object Summary(Channel channel) =>
        new { channel.Code, channel.Name, channel.Format, channel.ShopCurrency, channel.SignsWebhooks };
}
