using System.Text.Json;
using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Channels.Shopify;

internal sealed partial class ShopifyOrderReader
{
    /// <summary>
    /// Reads the shop-currency amount of <paramref name="name"/>: from <c>name_set.shop_money</c> when the payload
    /// has it, otherwise from the plain field, which Shopify also writes in the shop currency.
    /// </summary>
    private Money? ShopMoney(JsonElement parent, string path, string name, bool required = false)
    {
        var setPath = PayloadReader.PathOf(PayloadReader.PathOf(path, name + "_set"), "shop_money");
        var shopMoney = reader.Object(parent, path, name + "_set") is { } set
            ? reader.Object(set, PayloadReader.PathOf(path, name + "_set"), "shop_money")
            : null;
        if (shopMoney is not { } bag)
        {
            return reader.Money(parent, path, name, currency, required);
        }

        CheckShopCurrency(bag, setPath);
        return reader.Money(bag, setPath, "amount", currency, required: true);
    }

    private Money RequiredShopMoney(JsonElement parent, string path, string name) =>
        ShopMoney(parent, path, name, required: true) ?? Money.Zero(currency);

    private void CheckShopCurrency(JsonElement bag, string path)
    {
        var code = reader.Currency(bag, path, "currency_code");
        if (code is not null && code != currency)
        {
            reader.Report(PayloadReader.PathOf(path, "currency_code"), $"is {code}, not the shop currency {currency}");
        }
    }
}
