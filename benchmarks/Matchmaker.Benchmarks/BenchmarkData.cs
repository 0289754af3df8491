using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;

namespace Matchmaker.Benchmarks;

/// <summary>
/// Generated people and one need, from a fixed seed, shaped like the network's data: a handful of skills
/// from the taxonomy and free text, a bio of a few dozen words, a few interests and learning wishes.
/// </summary>
public static class BenchmarkData
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>What the app trains first: the shipped bootstrap set with its seed (FastTree, 100 trees).</summary>
    public static TrainingResult BootstrapTraining() => TrainingRun.Run(TrainingSetAssembler.Assemble(ShippedBootstrap.Pairs, []), ShippedBootstrap.Seed);

    private static readonly string[] Words =
    [
        "wordpress", "hosting", "linux", "debian", "video", "cooperative", "sales", "design", "bid", "writing", "community",
        "javascript", "typescript", "training", "servers", "clients", "projects", "accessibility", "editing", "campaign",
        "events", "governance", "bookkeeping", "facilitation", "workshops", "charities", "housing", "nextcloud", "ansible",
        "backups", "postgresql", "php", "drupal", "react", "figma", "branding", "illustration", "animation", "podcasts",
        "tenders", "frameworks", "councils", "funding", "grants", "marketing", "newsletters", "support", "tickets",
        "migration", "security", "audits", "reports", "research", "interviews", "mapping", "openstreetmap", "data",
        "analysis", "python", "django", "teaching", "mentoring", "volunteers", "organising", "unions", "energy",
    ];

    private static readonly string[] Cities = ["Bristol", "Leeds", "Glasgow", "Manchester", "Sheffield", "Cardiff", "London", "Brighton"];

    private static readonly RemotePreference[] Remotes = [RemotePreference.OnSite, RemotePreference.RemoteOk, RemotePreference.RemoteOk, RemotePreference.RemoteOnly];

    // Skills of the network's kind of work (all in the shipped taxonomy), and some the taxonomy does not know.
    public static IReadOnlyList<string> SkillKeys { get; } =
        [.. new[]
            {
                "wordpress", "php", "linux", "debian", "ubuntu", "javascript", "typescript", "sales", "business-development",
                "ansible", "nextcloud", "video-editing", "video-production", "bid-writing", "facilitation", "bookkeeping",
                "project-management", "accessibility", "python", "django", "drupal", "figma", "postgresql", "css", "html",
                "woocommerce", "community-organising", "event-organising", "co-op-governance", "docker",
            }.Where(id => Taxonomy.Default.Find(id) is not null),
            .. new[] { "podcast hosting", "tenant organising", "grant reporting", "openstreetmap mapping" }.Select(MatchKey.FreeText)];

    public static List<PersonProjection> People(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Person(random, i))];
    }

    public static NeedProjection Need() => new(
        "need-benchmark",
        "coop-benchmark",
        [new("wordpress", SkillLevel.Advanced), new("php", SkillLevel.Working), new("linux", SkillLevel.Working)],
        NiceToHave: ["javascript", MatchKey.FreeText("accessibility")],
        CanTeach: ["javascript", MatchKey.FreeText("ansible")],
        DayRateMin: 200,
        DayRateMax: 300,
        DaysPerWeek: 3,
        DurationWeeks: 26,
        Openings: 1,
        City: "Bristol",
        Country: "GB",
        RemotePreference.RemoteOk,
        Terms: TextTerms.Of(["WordPress developer", "Build and maintain WordPress sites for charities and housing co-ops; PHP, some JavaScript, Linux hosting.", "WordPress", "PHP", "Linux"]),
        UpdatedAt: Now.AddDays(-3));

    private static PersonProjection Person(Random random, int index)
    {
        var skills = Enumerable.Range(0, random.Next(3, 9))
            .Select(_ => new LeveledSkill(Pick(random, SkillKeys), (SkillLevel)random.Next(4)))
            .ToArray();
        var bio = string.Join(' ', Enumerable.Range(0, random.Next(20, 80)).Select(_ => Pick(random, Words)));
        return new PersonProjection(
            $"person-{index}",
            skills,
            DaysPerWeek: random.Next(1, 11) / 2.0,
            MonthlyIncomeTarget: random.Next(5) == 0 ? null : random.Next(800, 4000),
            City: Pick(random, Cities),
            Country: "GB",
            Pick(random, Remotes),
            Interests: [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, SkillKeys))],
            WantsToLearn: [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(random, SkillKeys))],
            Terms: TextTerms.Of([bio, .. skills.Select(s => s.Key)]),
            UpdatedAt: Now.AddDays(-random.Next(0, 400)));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
