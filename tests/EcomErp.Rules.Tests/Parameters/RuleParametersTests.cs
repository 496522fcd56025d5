using EcomErp.Rules.Parameters;

namespace EcomErp.Rules.Tests.Parameters;

public sealed class RuleParametersTests
{
    [Fact]
    public void LoadDefault_ShippedFile_ReadsEveryParameter()
    {
        var parameters = RuleParameters.LoadDefault();

        Assert.Equal(1000.00m, parameters.Fraud.ReviewThresholds["USD"]);
        Assert.Equal(50, parameters.Fraud.ReviewScore);
        Assert.Contains("mailinator.com", parameters.Fraud.RiskyEmailDomains);
        Assert.Contains("amazon", parameters.Posting.MarketplaceTaxChannels);
    }

    [Fact]
    public void Load_MissingSection_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "fraud": null }""");

        try
        {
            var exception = Assert.Throws<InvalidDataException>(() => RuleParameters.Load(path));
            Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
