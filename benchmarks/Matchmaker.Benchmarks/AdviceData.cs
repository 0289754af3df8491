using Matchmaker.Model.Matching;

namespace Matchmaker.Benchmarks;

/// <summary>
/// A newcomer with half the network's skills and 5 days a week (10 half-days, the largest knapsack a valid
/// profile gives), and open needs of 1 or 2 required skills, 0.5 to 3 days, GBP 100-400 a day, one in ten
/// unpaid, from a fixed seed, so that many of them fit the person and the knapsack has work to do.
/// </summary>
public static class AdviceData
{
    public static PersonProjection Person { get; } = new(
        "person-advice",
        [.. BenchmarkData.SkillKeys.Where((_, i) => i % 2 == 0).Select((k, i) => new LeveledSkill(k, (SkillLevel)(1 + (i % 3))))],
        DaysPerWeek: 5,
        MonthlyIncomeTarget: 4000,
        City: "Leeds",
        Country: "GB",
        RemotePreference.RemoteOk,
        Interests: [],
        WantsToLearn: ["javascript", "python"],
        Terms: [],
        UpdatedAt: BenchmarkData.Now);

    public static List<NeedProjection> Needs(int count, int seed)
    {
        var random = new Random(seed);
        var keys = BenchmarkData.SkillKeys;
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var required = Enumerable.Range(0, random.Next(1, 3)).Select(_ => new LeveledSkill(keys[random.Next(keys.Count)], (SkillLevel)random.Next(1, 3))).ToArray();
            double? rate = random.Next(10) == 0 ? null : random.Next(100, 401);
            return new NeedProjection(
                $"need-{i:D4}", $"coop-{random.Next(40)}", required, [], [keys[random.Next(keys.Count)]], rate, rate, random.Next(1, 7) / 2.0, 26, 1,
                "Leeds", "GB", RemotePreference.RemoteOk, TextTerms.Of([string.Join(' ', required.Select(r => r.Key))]), BenchmarkData.Now.AddDays(-random.Next(60)));
        })];
    }
}
