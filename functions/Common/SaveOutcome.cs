namespace Matchmaker.Common;

public enum SaveOutcome
{
    Saved,
    NotFound,
    Stale,
}
