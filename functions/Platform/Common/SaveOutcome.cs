namespace Matchmaker.Platform.Common;

public enum SaveOutcome
{
    Saved,
    NotFound,
    Stale,
}
