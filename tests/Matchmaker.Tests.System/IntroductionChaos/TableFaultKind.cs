namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>What <see cref="TableFaults"/> did to one table request.</summary>
public enum TableFaultKind
{
    /// <summary>Passed through untouched.</summary>
    None,

    /// <summary>Never sent: answered 503 Server Busy, as storage does when it sheds load.</summary>
    Busy,

    /// <summary>Never sent: the connection was refused, thrown as the SDK's transport throws it.</summary>
    Refused,

    /// <summary>Sent and carried out by storage, but its answer was lost to a connection reset.</summary>
    AnswerLost,
}
