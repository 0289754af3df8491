namespace Matchmaker.Tests.System.Deployment;

/// <summary>
/// A value only Azure knows at deployment time (a reference, a resource id, the tenant), kept as the text of
/// the expression that yields it so tests can still see where it comes from.
/// </summary>
public sealed record ArmOpaque(string Text)
{
    public override string ToString() => $"<{Text}>";
}
