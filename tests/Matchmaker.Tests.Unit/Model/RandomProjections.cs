using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Unit.Model;

/// <summary>
/// Seeded random projections for property-style loops. Mostly plausible values, with a share of the ones a
/// validator would refuse (NaN, infinities, negatives, zero days, unknown enum values, extreme dates), because
/// the features must stay finite and in range whatever a stored row holds.
/// </summary>
public sealed class RandomProjections(int seed)
{
    public static readonly string[] SkillKeys =
    [
        "javascript", "typescript", "linux", "debian", "wordpress", "php", "sales", "business-development", "programming", "go",
        MatchKey.FreeText("video editing"), MatchKey.FreeText("bid writing"), MatchKey.FreeText("facilitation"),
        MatchKey.FreeText("bookkeeping"), MatchKey.FreeText("co-operative governance"), MatchKey.FreeText("nextcloud"),
    ];

    private static readonly string[] Words =
    [
        "wordpress", "hosting", "linux", "video", "cooperative", "sales", "design", "bid", "writing", "community",
        "javascript", "training", "servers", "clients", "projects", "accessibility", "editing", "campaign", "events", "governance",
    ];

    private static readonly string?[] Cities = ["Bristol", "bristol ", "Leeds", "Glasgow", "Manchester", "", null];

    private static readonly string?[] Countries = ["GB", "gb", "IE", "", null];

    private readonly Random random = new(seed);

    public PersonProjection Person() => new(
        $"person-{random.Next()}",
        Skills(random.Next(0, 9)),
        Days(),
        Target(),
        Pick(Cities),
        Pick(Countries),
        Remote(),
        Keys(random.Next(0, 4)),
        Keys(random.Next(0, 4)),
        Terms(random.Next(0, 70)),
        Date());

    public NeedProjection Need() => new(
        $"need-{random.Next()}",
        "coop",
        Skills(random.Next(0, 6)),
        Keys(random.Next(0, 4)),
        Keys(random.Next(0, 3)),
        Rate(),
        Rate(),
        Days(),
        random.Next(3) == 0 ? null : random.Next(1, 60),
        random.Next(1, 4),
        Pick(Cities),
        Pick(Countries),
        Remote(),
        Terms(random.Next(0, 70)),
        Date());

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public LeveledSkill Skill() => new(Pick(SkillKeys), (SkillLevel)random.Next(0, 4));

    public double Uniform(double low, double high) => low + (random.NextDouble() * (high - low));

    private LeveledSkill[] Skills(int count) => [.. Enumerable.Range(0, count).Select(_ => Skill())];

    private string[] Keys(int count) => [.. Enumerable.Range(0, count).Select(_ => Pick(SkillKeys))];

    private string[] Terms(int count) => [.. Enumerable.Range(0, count).Select(_ => Pick(Words))];

    private double Days() => random.Next(12) switch
    {
        0 => 0,
        1 => double.NaN,
        2 => -1,
        3 => double.PositiveInfinity,
        4 => 12,
        _ => random.Next(1, 11) / 2.0,
    };

    private double? Target() => random.Next(10) switch
    {
        0 => null,
        1 => 0,
        2 => double.NaN,
        3 => -100,
        4 => double.PositiveInfinity,
        5 => double.MaxValue,
        _ => Uniform(300, 6000),
    };

    private double? Rate() => random.Next(10) switch
    {
        0 or 1 => null,
        2 => 0,
        3 => double.NaN,
        4 => double.NegativeInfinity,
        5 => double.MaxValue,
        _ => Uniform(50, 600),
    };

    private RemotePreference Remote() => (RemotePreference)random.Next(-1, 4);

    private DateTimeOffset Date() => random.Next(12) switch
    {
        0 => DateTimeOffset.MinValue,
        1 => DateTimeOffset.MaxValue,
        2 => SampleProjections.Now.AddDays(random.Next(1, 30)),
        _ => SampleProjections.Now.AddDays(-Uniform(0, 1000)),
    };
}
