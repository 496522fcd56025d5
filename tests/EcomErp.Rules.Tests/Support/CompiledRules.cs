using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Orders;
using EcomErp.Rules.Parameters;

namespace EcomErp.Rules.Tests.Support;

/// <summary>One compilation of the rule sets for the whole test run, since compiling is the slow part.</summary>
internal static class CompiledRules
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 15, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<RuleSets> Shared = new(() => RuleSets.Compile(RuleParameters.LoadDefault()));

    public static RuleSets Rules => Shared.Value;

    /// <summary>Maps a sample payload to an order; <paramref name="currency"/> rewrites a canonical sample's.</summary>
    public static Order ReceiveSample(string relative, PayloadFormat format, string channel, string? currency = null)
    {
        var payload = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, relative));
        if (currency is not null)
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(payload)!.AsObject();
            json["currency"] = currency;
            json["presentmentCurrency"] = currency;
            payload = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
        }

        var result = OrderPayloadMappers.For(format).Map(payload);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return Order.Receive(channel, result.Order, Now);
    }
}
