using EcomErp.Commerce.Finance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EcomErp.Commerce.Persistence;

/// <summary>Refuses to save a journal entry that does not balance, whichever code built it.</summary>
internal static class JournalGuard
{
    public static void Check(ChangeTracker changes)
    {
        var touched = changes.Entries<JournalLine>()
            .Where(line => line.State is not EntityState.Unchanged and not EntityState.Detached)
            .Select(line => line.Entity.EntryId)
            .ToHashSet();
        var entries = changes.Entries<JournalEntry>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified
                || touched.Contains(entry.Entity.Id));
        foreach (var entry in entries.Where(entry => entry.State != EntityState.Deleted))
        {
            entry.Entity.EnsureBalanced();
        }
    }
}
