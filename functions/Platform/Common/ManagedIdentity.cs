using Azure.Identity;

namespace Matchmaker.Platform.Common;

/// <summary>The app's managed identity: the user-assigned one a client id names, else the system-assigned one.</summary>
public static class ManagedIdentity
{
    public static ManagedIdentityCredential Credential(string? clientId) =>
        new(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
}
