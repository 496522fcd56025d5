using EcomErp.Commerce.Finance;

namespace EcomErp.Commerce.Tests.Finance;

public sealed class JournalEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsBalanced_EqualSides_IsTrue()
    {
        var entry = Start(debit: 12.34m, credit: 12.34m);

        Assert.True(entry.IsBalanced);
    }

    [Fact]
    public void EnsureBalanced_OffByOneCent_ThrowsNamingTheEntry()
    {
        var entry = Start(debit: 12.34m, credit: 12.33m);

        var exception = Assert.Throws<UnbalancedJournalEntryException>(entry.EnsureBalanced);

        Assert.Equal(entry.Id, exception.EntryId);
        Assert.Contains("TEST-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBalanced_SubCentAmounts_IsFalse()
    {
        var entry = Start(debit: 0.005m, credit: 0.005m);

        Assert.False(entry.IsBalanced);
    }

    [Fact]
    public void IsBalanced_NoLines_IsFalse()
    {
        Assert.False(Start().IsBalanced);
    }

    [Fact]
    public void Debit_UnknownAccount_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Start().Debit("9999", 1m));
    }

    private static JournalEntry Start() => JournalEntry.Start("TEST-1", null, "test", "USD", Now);

    private static JournalEntry Start(decimal debit, decimal credit) =>
        Start().Debit(ChartOfAccounts.AccountsReceivable, debit).Credit(ChartOfAccounts.SalesRevenue, credit);
}
