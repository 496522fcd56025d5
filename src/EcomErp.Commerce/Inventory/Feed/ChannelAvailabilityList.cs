using System.Text.Json;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>
/// A channel's available-to-sell for many SKUs at once, for the pull endpoint and the scheduled full snapshot.
/// A SKU whose figure cannot be computed is listed under <see cref="Failures"/> and never stops the rest.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Items">One figure per SKU, in SKU order.</param>
/// <param name="Failures">SKUs left out, with why.</param>
public sealed record ChannelAvailabilityList(
    string Channel,
    IReadOnlyList<SkuAts> Items,
    IReadOnlyList<SkuFailure> Failures)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Computes the list from a picture, SKU by SKU.</summary>
    public static ChannelAvailabilityList From(StockPicture picture, string channel)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var items = new List<SkuAts>();
        var failures = new List<SkuFailure>();
        foreach (var sku in picture.Skus)
        {
            try
            {
                items.Add(new SkuAts(sku, AvailabilityCalculator.ForChannel(picture, sku, channel).Ats));
            }
#pragma warning disable CA1031 // One SKU's bad data must not keep the channel from hearing about the others.
            catch (Exception error)
#pragma warning restore CA1031
            {
                failures.Add(new SkuFailure(sku, error.Message));
            }
        }

        return new ChannelAvailabilityList(channel, items, failures);
    }

    /// <summary>
    /// Loads every SKU (or those asked for) in one read and computes the channel's list. A SKU asked for that the
    /// catalogue does not know is listed under <see cref="Failures"/> as unknown, so a typo is never mistaken for
    /// a SKU that has no figure.
    /// </summary>
    public static async Task<ChannelAvailabilityList> LoadAsync(
        CommerceDbContext db,
        string channel,
        IReadOnlyCollection<string>? skus,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var picture = await StockPictures.LoadAsync(db, skus, now, cancellationToken);
        var list = From(picture, channel);
        var known = picture.Skus.ToHashSet(StringComparer.Ordinal);
        var unknown = (skus ?? []).Distinct(StringComparer.Ordinal).Where(sku => !known.Contains(sku))
            .Order(StringComparer.Ordinal).Select(sku => new SkuFailure(sku, UnknownSku)).ToList();
        return unknown.Count == 0 ? list : list with { Failures = [.. list.Failures, .. unknown] };
    }

    /// <summary>The reason given for a SKU asked for that the catalogue does not have.</summary>
    public const string UnknownSku = "unknown SKU: the catalogue has no SKU with this code";

    /// <summary>Adds the list to the outbox as the channel's scheduled full snapshot.</summary>
    public AvailabilityEvent AddSnapshotEvent(CommerceDbContext db, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = AvailabilityEvent.Snapshot(Channel, JsonSerializer.Serialize(this, Json), now);
        db.AvailabilityEvents.Add(snapshot);
        return snapshot;
    }
}
