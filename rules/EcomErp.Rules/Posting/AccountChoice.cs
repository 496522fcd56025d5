namespace EcomErp.Rules.Posting;

/// <summary>The account a posting rule chose for one part of a sale.</summary>
internal sealed record AccountChoice(PostingRole Role, string AccountCode);
