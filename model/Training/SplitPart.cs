namespace Matchmaker.Model.Training;

public enum SplitPart
{
    Train,
    Validation,
    Test,
}
