namespace EcomErp.Rules.Fraud;

/// <summary>An e-mail domain of throwaway mailboxes.</summary>
internal sealed record RiskyEmailDomain(string Domain);
