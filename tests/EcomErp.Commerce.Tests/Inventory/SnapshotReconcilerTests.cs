using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Reconciliation;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

public sealed class SnapshotReconcilerTests : DatabaseTest
{
    [Fact]
    public async Task ReconcileAsync_SnapshotWithDifferences_PostsCountsAndReportsAccuracy()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 10, 0), ("B", "N1", 5, 0), ("C", "N1", 3, 0),
                ("A", "N2", 7, 0), ("E", "N2", 1, 0));
        }

        // N1: A matches, B is one short, C is left out (so counted as none), E was never there and now has 2.
        var snapshot = new StockSnapshot("wms", "COUNT-7", [new("A", "N1", 10), new("B", "N1", 4), new("E", "N1", 2)]);

        var report = (await InTransactionAsync(db =>
            new SnapshotReconciler(Clock, AvailabilityFeed.Immediate).ReconcileAsync(db, snapshot)))
            .Report!;

        Assert.Equal(
            [("A", 10, 10), ("B", 5, 4), ("C", 3, 0), ("E", 0, 2)],
            report.Lines.Select(l => (l.Sku, l.LedgerOnHand, l.Counted)));
        Assert.Equal((4, 1, 0.25m), (report.Compared, report.Matched, report.Accuracy));
        await using var check = NewContext();
        var counts = await check.InventoryLedger.Where(e => e.Kind == MovementKind.Count).OrderBy(e => e.Sku)
            .Select(e => new { e.Sku, e.NodeCode, e.QuantityDelta, e.Reference }).ToListAsync();
        Assert.Equal([("B", -1), ("C", -3), ("E", 2)], counts.Select(c => (c.Sku, c.QuantityDelta)));
        Assert.All(counts, c => Assert.Equal(("N1", "COUNT-7"), (c.NodeCode, c.Reference)));
        var onHand = await check.StockPositions.ToDictionaryAsync(p => (p.Sku, p.NodeCode), p => p.OnHand);
        Assert.Equal((10, 4, 0, 2),
            (onHand[("A", "N1")], onHand[("B", "N1")], onHand[("C", "N1")], onHand[("E", "N1")]));
        Assert.Equal((7, 1), (onHand[("A", "N2")], onHand[("E", "N2")]));
        var stored = await check.StockReconciliations.SingleAsync();
        Assert.Equal(1, stored.Matched);
        Assert.Equal("0.25", report.Accuracy.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.25", stored.Accuracy.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ReconcileAsync_CountBelowWhatOrdersHold_IsTakenAndReportedBelowReserved()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 10, 0), ("B", "N1", 5, 0));
        }

        var order = Guid.NewGuid();
        var reservations = new StockReservations(Clock);
        await InTransactionAsync(db => reservations.ReserveOrderAsync(db,
            new ReservationRequest(order, Web, [new ReservationLine(1, "A", 6)])));
        await InTransactionAsync(db => reservations.AssignToNodesAsync(db, order, [new(1, "N1", 6)]));
        var snapshot = new StockSnapshot("wms", "COUNT-8", [new("A", "N1", 4), new("B", "N1", 5)]);

        var report = (await InTransactionAsync(db =>
            new SnapshotReconciler(Clock, AvailabilityFeed.Immediate).ReconcileAsync(db, snapshot))).Report!;

        Assert.Equal(new ReservedShortfall("A", "N1", 4, 6), Assert.Single(report.BelowReserved));
        await using var check = NewContext();
        var stored = await check.StockReconciliations.SingleAsync();
        Assert.Equal(report.BelowReserved, stored.BelowReserved);
        var position = await check.StockPositions.SingleAsync(p => p.Sku == "A" && p.NodeCode == "N1");
        Assert.Equal((4, 6), (position.OnHand, position.Reserved));
    }

    [Fact]
    public async Task ReconcileAsync_SameReferenceAgain_CountsOnceAndTellsARepeatFromOtherCounts()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 10, 0), ("B", "N1", 5, 0), ("A", "N2", 7, 0));
        }

        var reconciler = new SnapshotReconciler(Clock, AvailabilityFeed.Immediate);
        Task<SnapshotOutcome> Send(SnapshotLine[] lines) =>
            InTransactionAsync(db => reconciler.ReconcileAsync(db, new StockSnapshot("wms", "COUNT-9", lines)));

        var first = await Send([new("A", "N1", 8)]);
        // B was left out of the first, so counting it as none again is the same count.
        var again = await Send([new("B", "N1", 0), new("A", "N1", 8)]);
        var otherUnits = await Send([new("A", "N1", 9)]);
        var otherNode = await Send([new("A", "N1", 8), new("A", "N2", 7)]);

        Assert.Equal((false, true), (first.Duplicate, again.Duplicate));
        Assert.Equal(first.Report!.Id, again.Report!.Id);
        Assert.All([otherUnits, otherNode], refused =>
        {
            Assert.Null(refused.Report);
            Assert.Contains($"reconciliation {first.Report.Id}", refused.ReferenceTaken, StringComparison.Ordinal);
        });
        await using var check = NewContext();
        Assert.Equal(1, await check.StockReconciliations.CountAsync());
        Assert.Equal(2, await check.InventoryLedger.CountAsync(e => e.Kind == MovementKind.Count));
        var onHand = await check.StockPositions.ToDictionaryAsync(p => (p.Sku, p.NodeCode), p => p.OnHand);
        Assert.Equal((8, 0, 7), (onHand[("A", "N1")], onHand[("B", "N1")], onHand[("A", "N2")]));
    }

    [Fact]
    public async Task ReconcileAsync_TwoCopiesAtOnce_CountOnce()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 10, 0));
        }

        var reconciler = new SnapshotReconciler(Clock, AvailabilityFeed.Immediate);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            InTransactionAsync(db => reconciler.ReconcileAsync(db,
                new StockSnapshot("wms", "COUNT-10", [new("A", "N1", 3)]))))));

        Assert.Equal(1, outcomes.Count(outcome => !outcome.Duplicate));
        await using var check = NewContext();
        Assert.Equal(1, await check.StockReconciliations.CountAsync());
        Assert.Equal(3, (await check.StockPositions.SingleAsync()).OnHand);
    }

    [Fact]
    public async Task ProblemsAsync_NoReferenceUnknownSkuAndRepeatedLine_NamesEachLine()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 1, 0));
        }

        var snapshot = new StockSnapshot("erp", "", [new("A", "N1", 1), new("A", "N1", 2), new("Z", "N9", 1)]);
        await using var check = NewContext();

        var problems = await SnapshotReconciler.ProblemsAsync(check, snapshot, ["lines[0]", "lines[1]", "lines[2]"],
            default);

        Assert.Equal(["reference", "lines[0]", "lines[1]", "lines[2].sku", "lines[2].node"],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void Read_CsvWithQuotesAndNegativeCount_ReadsEveryLine()
    {
        var csv = "Sku,Node_Code,On_Hand\r\n\"A,1\",N1,-3\r\nB,N2,\"12\"\r\n\r\nC,N1,many\r\n";

        var (lines, keys, problems) = SnapshotCsv.Read(csv);

        Assert.Equal([new SnapshotLine("A,1", "N1", -3), new SnapshotLine("B", "N2", 12)], lines);
        Assert.Equal(["line 2", "line 3"], keys);
        Assert.Equal(("line 5.onHand", "must be a whole number of units, not 'many'"), Assert.Single(problems));
    }
}
