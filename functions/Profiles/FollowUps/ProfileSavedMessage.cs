using Matchmaker.Profiles.Consents;

namespace Matchmaker.Profiles.FollowUps;

/// <summary>
/// A profile save whose follow-ups are to be done (queue <c>profile-saves</c>): ids, a version, the consent
/// answers and two flags, never an address or a name.
/// </summary>
/// <param name="Version">The version the save wrote: if the profile never reached it, the save failed and there is nothing to follow up.</param>
/// <param name="SavedAt">When the save happened: the consent log records the answers as of then.</param>
/// <param name="AddressChanged">The save changed the address, so the sign-in index must drop the old one.</param>
/// <param name="EmailsConfirmation">The save asks for a confirmation email to the profile's address.</param>
public sealed record ProfileSavedMessage(
    string Id,
    int Version,
    DateTimeOffset SavedAt,
    ConsentState ConsentsBefore,
    ConsentState ConsentsAfter,
    bool AddressChanged,
    bool EmailsConfirmation)
{
    /// <summary>The outbox key of the confirmation email this save asks for: the same however often the follow-ups run.</summary>
    public string ConfirmationEmailKey => $"confirmation-v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
