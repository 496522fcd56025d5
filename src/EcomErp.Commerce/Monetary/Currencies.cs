using System.Collections.Frozen;

namespace EcomErp.Commerce.Monetary;

/// <summary>
/// The ISO 4217 currencies the service accepts, with the number of digits after the decimal point
/// that each one settles in (its minor unit).
/// </summary>
public static class Currencies
{
    private const int DefaultMinorUnit = 2;

    // Active ISO 4217 codes; the ones whose minor unit is not 2 are listed again below.
    private static readonly FrozenSet<string> Known = (
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP " +
        "GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD " +
        "KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN " +
        "NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP " +
        "SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND " +
        "VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG")
        .Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> MinorUnits = new Dictionary<string, int>
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0,
        ["KRW"] = 0, ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0,
        ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is a known ISO 4217 code written in upper case.</summary>
    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    /// <summary>
    /// The digits after the decimal point of <paramref name="code"/>: 0 for JPY, 3 for KWD, 2 for most.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not a known currency.</exception>
    public static int MinorUnit(string code)
    {
        EnsureKnown(code);
        return MinorUnits.GetValueOrDefault(code, DefaultMinorUnit);
    }

    /// <summary>The smallest amount of <paramref name="code"/> that can change hands, such as 0.01 for USD.</summary>
    public static decimal SmallestUnit(string code) => 1m / Pow10(MinorUnit(code));

    /// <summary>
    /// The amount as people read it in <paramref name="code"/>: rounded to the currency's minor unit, with that
    /// many decimals, and the code after it ("1201.00 USD", "5 JPY").
    /// </summary>
    public static string Format(decimal amount, string code)
    {
        var digits = MinorUnit(code);
        return Math.Round(amount, digits, MidpointRounding.AwayFromZero)
            .ToString("F" + digits, System.Globalization.CultureInfo.InvariantCulture) + " " + code;
    }

    internal static void EnsureKnown(string? code)
    {
        if (!IsKnown(code))
        {
            throw new ArgumentException(
                $"'{code}' is not a known ISO 4217 currency code in upper case.", nameof(code));
        }
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
