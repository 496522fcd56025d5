using System.Globalization;
using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Shopify;

internal sealed partial class ShopifyOrderReader
{
    /// <summary>
    /// Reads a 64-bit Shopify id from the raw JSON text of <c>id</c> and checks it against the one in
    /// <c>admin_graphql_api_id</c>. Any layer that reads JSON numbers as doubles rounds such ids, while the gid is a
    /// string and survives, so on disagreement the gid wins and a warning says so.
    /// </summary>
    private string? ReadId(JsonElement parent, string path, string resource, bool required)
    {
        var field = PayloadReader.PathOf(path, "id");
        var numeric = ReadNumericId(parent, field);
        var fromGid = ReadGid(parent, path, resource);
        if (numeric is null && fromGid is null)
        {
            ReportIfRequired(field, required);
            return null;
        }

        if (numeric is { } id && fromGid is { } gid && id != gid)
        {
            warnings.Add(new IntakeWarning(field, $"id {id} disagrees with admin_graphql_api_id {gid}; " +
                "the gid's value is used, because the number was probably rounded on its way here."));
        }

        return (fromGid ?? numeric)!.Value.ToString(CultureInfo.InvariantCulture);
    }

    private long? ReadNumericId(JsonElement parent, string field) => PayloadReader.Find(parent, "id") switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var id) && id > 0 => id,
        _ => Refused(field, "must be a positive 64-bit integer"),
    };

    private long? ReadGid(JsonElement parent, string path, string resource)
    {
        var gid = reader.Text(parent, path, "admin_graphql_api_id");
        var prefix = $"gid://shopify/{resource}/";
        if (gid is null)
        {
            return null;
        }

        return gid.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(gid.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : Refused(PayloadReader.PathOf(path, "admin_graphql_api_id"), $"must look like {prefix}<id>");
    }

    private void ReportIfRequired(string field, bool required)
    {
        if (required)
        {
            reader.Report(field, "is required: a 64-bit integer id or an admin_graphql_api_id");
        }
    }

    private long? Refused(string field, string reason)
    {
        reader.Report(field, reason);
        return null;
    }
}
