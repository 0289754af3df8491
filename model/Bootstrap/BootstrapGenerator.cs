using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Bootstrap;

/// <summary>
/// Generates the bootstrap training set, so that a ranking model exists before any coordinator has
/// decided anything. Everything is drawn from one seeded random source, so the same seed gives the same
/// set. Each need gets its own candidates: a third built around its required skills, a third around
/// neighbouring skills, a third at random. Grades come from <see cref="BootstrapJudge"/>.
/// </summary>
public sealed class BootstrapGenerator(Taxonomy taxonomy, int seed)
{
    private static readonly string[] Cities = ["London", "Bristol", "Manchester", "Leeds", "Sheffield", "Glasgow", "Cardiff", "Brighton"];
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The time the bootstrap pairs' features are computed at (freshness is relative to it): fixed, so the
    /// bootstrap rows and the model trained on them are the same whenever they are built.
    /// </summary>
    public static readonly DateTimeOffset ReferenceTime = Epoch.AddDays(310);

    private readonly Random random = new(seed);
    private readonly string[] pool = [.. taxonomy.Skills.Select(s => s.Id).Order(StringComparer.Ordinal)];

    public BootstrapSet Generate(int needs, int candidatesPerNeed)
    {
        var needList = new List<NeedProjection>();
        var people = new List<PersonProjection>();
        var pairs = new List<GradedPair>();
        for (var n = 0; n < needs; n++)
        {
            var need = Need($"bootstrap-need-{n}");
            needList.Add(need);
            for (var c = 0; c < candidatesPerNeed; c++)
            {
                var person = Person($"bootstrap-person-{n}-{c}", need, c % 3);
                pairs.Add(new GradedPair(n, people.Count, BootstrapJudge.Grade(taxonomy, person, need, Noise())));
                people.Add(person);
            }
        }

        return new BootstrapSet(needList, people, pairs);
    }

    private NeedProjection Need(string id)
    {
        var required = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new LeveledSkill(Pick(pool), (SkillLevel)random.Next(1, 3))).DistinctBy(s => s.Key).ToList();
        var min = random.Next(4, 15) * 25.0;
        var paid = random.NextDouble() > 0.1;
        return new NeedProjection(
            id, $"bootstrap-coop-{random.Next(20)}", required, [Pick(pool)], random.NextDouble() < 0.3 ? [Pick(pool)] : [],
            paid ? min : null, paid ? min + (random.Next(0, 5) * 25.0) : null, random.Next(1, 5), random.Next(4, 53), 1,
            Pick(Cities), "GB", (RemotePreference)random.Next(3), [.. required.Select(s => s.Key)], Epoch.AddDays(random.Next(0, 300)));
    }

    /// <param name="kind">0: built around the need's skills, 1: around their neighbours, 2: at random.</param>
    private PersonProjection Person(string id, NeedProjection need, int kind)
    {
        var skills = new List<LeveledSkill>();
        foreach (var wanted in need.RequiredSkills)
        {
            var neighbours = taxonomy.Neighbours(wanted.Key);
            var key = kind switch
            {
                0 when random.NextDouble() < 0.8 => wanted.Key,
                1 when neighbours.Count > 0 && random.NextDouble() < 0.8 => Pick(neighbours),
                _ => Pick(pool),
            };
            skills.Add(new LeveledSkill(key, (SkillLevel)random.Next(0, 4)));
        }

        skills.AddRange(Enumerable.Range(0, random.Next(1, 5)).Select(_ => new LeveledSkill(Pick(pool), (SkillLevel)random.Next(0, 4))));
        var target = random.NextDouble() < 0.8 ? random.Next(8, 36) * 100.0 : (double?)null;
        return new PersonProjection(
            id, [.. skills.DistinctBy(s => s.Key)], random.Next(1, 11) / 2.0, target, Pick(Cities), "GB", (RemotePreference)random.Next(3),
            [], random.NextDouble() < 0.3 ? [Pick(pool)] : [], [.. skills.Select(s => s.Key).Distinct()], Epoch.AddDays(random.Next(0, 300)));
    }

    // Roughly normal noise (mean 0, sd about 0.35): what makes coordinators disagree with a formula.
    private double Noise() => (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 0.7;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
