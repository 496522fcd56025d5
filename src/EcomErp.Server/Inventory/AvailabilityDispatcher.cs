using System.Text.Json.Nodes;
using EcomErp.Commerce.Inventory.Feed;
using Microsoft.Extensions.Options;

namespace EcomErp.Server.Inventory;

/// <summary>
/// Delivers the availability outbox to each channel's webhook, at least once: a batch per channel, and when the
/// channel refuses the batch, each event alone, so one bad SKU never holds back the others. Failed events are
/// tried again after a backoff. Claims use row locks that skip rows another process holds.
/// </summary>
internal sealed class AvailabilityDispatcher(
    InventoryWork work,
    IHttpClientFactory clients,
    IOptions<InventoryOptions> options,
    TimeProvider time,
    ILogger<AvailabilityDispatcher> logger)
{
    public const string ClientName = "channel-availability";

    /// <summary>Claims and sends one batch of due events; returns how many were claimed.</summary>
    public Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var hooks = options.Value.ChannelWebhooks;
        if (hooks.Count == 0)
        {
            return Task.FromResult(0);
        }

        return work.RunAsync(async db =>
        {
            var now = time.GetUtcNow();
            var claimed = await AvailabilityOutbox.ClaimDueAsync(db, hooks.Keys, now,
                options.Value.DispatchBatchSize, ct);
            foreach (var batch in AvailabilityOutbox.Latest(claimed, now).GroupBy(e => e.ChannelCode))
            {
                await SendAsync(hooks[batch.Key], [.. batch], now, ct);
            }

            await db.SaveChangesAsync(ct);
            return claimed.Count;
        }, ct);
    }

    private async Task SendAsync(Uri hook, List<AvailabilityEvent> batch, DateTimeOffset now, CancellationToken ct)
    {
        if (await TryPostAsync(hook, batch, ct) is null)
        {
            batch.ForEach(e => AvailabilityOutbox.Delivered(e, now));
            return;
        }

        foreach (var single in batch)
        {
            var error = batch.Count == 1 ? "refused" : await TryPostAsync(hook, [single], ct);
            if (error is null)
            {
                AvailabilityOutbox.Delivered(single, now);
                continue;
            }

            AvailabilityOutbox.Failed(single, error, now);
            logger.LogWarning("Availability event {EventId} for channel {ChannelCode} and SKU {Sku} was not " +
                "delivered (attempt {Attempt}): {Error}", single.Id, single.ChannelCode, single.Sku, single.Attempts,
                error);
        }
    }

    /// <summary>Posts events; null when the channel took them, else why not.</summary>
    private async Task<string?> TryPostAsync(Uri hook, List<AvailabilityEvent> events, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hook)
        {
            Content = JsonContent.Create(Body(events)),
        };
        if (events.Count == 1)
        {
            request.Headers.Add("Idempotency-Key", events[0].IdempotencyKey);
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException failure)
        {
            return failure.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "timed out";
        }
    }

    private static object Body(List<AvailabilityEvent> events) => new
    {
        channel = events[0].ChannelCode,
        events = events.Select(e => new
        {
            idempotencyKey = e.IdempotencyKey,
            kind = e.Kind.ToString(),
            sku = e.Sku,
            ats = e.Ats,
            at = e.CreatedAt,
            snapshot = e.Payload is null ? null : JsonNode.Parse(e.Payload),
        }),
    };
}
