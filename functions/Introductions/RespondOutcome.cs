namespace Matchmaker.Introductions;

public enum RespondOutcome
{
    Recorded,

    /// <summary>No such token under this introduction.</summary>
    NotFound,

    Expired,

    /// <summary>This side has answered already (the token, or another of theirs, was used).</summary>
    Used,

    /// <summary>The introduction ended (declined, expired, connected, cancelled).</summary>
    Closed,
}
