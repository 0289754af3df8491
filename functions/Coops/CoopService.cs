using Azure;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Credentials;

namespace Matchmaker.Coops;

public sealed class CoopService(CoopStore coops, CredentialStore credentials, IOpenNeedCounts openNeeds, AuditLog audit, TimeProvider time)
{
    /// <summary>Creates the co-op and its key; if the key cannot be stored the co-op is removed again.</summary>
    public async Task<CoopCreated> CreateAsync(CoopInput input, CancellationToken cancellationToken)
    {
        var coop = new CoopEntity { PartitionKey = EntityId.New(), CreatedAt = time.GetUtcNow() };
        CoopMapper.ApplyContact(input, coop);
        await coops.UpsertAsync(coop, cancellationToken);
        try
        {
            var key = await credentials.IssueAsync(CredentialKind.Coop, coop.Id, cancellationToken);
            return new CoopCreated(coop.Id, key);
        }
        catch
        {
            await coops.DeleteAsync(coop.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Every co-op by name (then id, for two of the same name).</summary>
    public async Task<IReadOnlyList<CoopView>> ListAsync(CancellationToken cancellationToken)
    {
        var counts = await openNeeds.ByCoopAsync(cancellationToken);
        return [.. (await coops.AllAsync(cancellationToken))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => CoopMapper.ToView(c, counts.GetValueOrDefault(c.Id)))];
    }

    public Task<CoopEntity?> FindAsync(string id, CancellationToken cancellationToken) => coops.FindAsync(id, cancellationToken);

    public async Task<CoopView> ViewAsync(CoopEntity coop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coop);
        return CoopMapper.ToView(coop, await openNeeds.OfCoopAsync(coop.Id, cancellationToken));
    }

    /// <summary>A coordinator's edit of the name and contact details; the public profile's other fields stay.</summary>
    public Task<SaveResult<CoopEntity>> UpdateContactAsync(string id, CoopInput input, ETag? ifMatch, CancellationToken cancellationToken) =>
        SaveAsync(id, ifMatch, coop => CoopMapper.ApplyContact(input, coop), cancellationToken);

    /// <summary>The co-op's edit of its public profile; the contact email stays.</summary>
    public Task<SaveResult<CoopEntity>> UpdateProfileAsync(string id, CoopProfileInput input, ETag? ifMatch, CancellationToken cancellationToken) =>
        SaveAsync(id, ifMatch, coop => CoopMapper.ApplyProfile(input, coop), cancellationToken);

    /// <summary>
    /// Replaces the co-op's key: the new one is stored (as a hash) before the old ones are deleted, so the
    /// co-op is never without a key, and once this returns only the new key opens anything. Audited.
    /// </summary>
    /// <param name="actor">Who replaced it (<see cref="AuditActor"/>).</param>
    /// <returns>The new key; null for an unknown co-op.</returns>
    public async Task<CoopKey?> RotateKeyAsync(string id, string actor, CancellationToken cancellationToken)
    {
        if (await coops.FindAsync(id, cancellationToken) is null)
        {
            return null;
        }

        var old = await credentials.OfSubjectAsync(CredentialKind.Coop, id, cancellationToken);
        var key = await credentials.IssueAsync(CredentialKind.Coop, id, cancellationToken);
        foreach (var credential in old)
        {
            await credentials.DeleteAsync(credential, cancellationToken);
        }

        var now = time.GetUtcNow();
        await coops.MarkKeyRotatedAsync(id, now, cancellationToken);
        await audit.AppendAsync(new AuditEntity { PartitionKey = id, Actor = actor, Action = AuditActions.CoopKeyRotated, CoopId = id, At = now }, cancellationToken);
        return new CoopKey(id, key);
    }

    private async Task<SaveResult<CoopEntity>> SaveAsync(string id, ETag? ifMatch, Action<CoopEntity> change, CancellationToken cancellationToken)
    {
        var coop = await coops.FindAsync(id, cancellationToken);
        if (coop is null)
        {
            return new SaveResult<CoopEntity>(SaveOutcome.NotFound);
        }

        if (ifMatch is { } expected && expected != coop.ETag)
        {
            return new SaveResult<CoopEntity>(SaveOutcome.Stale);
        }

        change(coop);
        try
        {
            await coops.ReplaceAsync(coop, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return new SaveResult<CoopEntity>(SaveOutcome.Stale);
        }

        return new SaveResult<CoopEntity>(SaveOutcome.Saved, coop);
    }
}
