using System.Text.RegularExpressions;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using YamlDotNet.RepresentationModel;

namespace Matchmaker.Tests.Unit.Profiles;

/// <summary>
/// The exact monthly income target is kept (docs/decisions/income-target-precision.md), so what protects it is
/// who can read it: no answer to anyone but the owner has a field for it, the ranking features hold only
/// shares of it, and no log message names it. The reasons written for coordinators and co-ops are text, checked
/// by NeedRankingTests.
/// </summary>
public sealed partial class IncomeTargetExposureTests
{
    private const double Target = 2345.67;

    [Fact]
    public void No_answer_to_anyone_but_the_owner_has_a_field_for_income()
    {
        var document = OpenApiYaml.Load();
        var components = OpenApiYaml.Mapping(document, "components");
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var checkedOperations = 0;
        foreach (var (method, path, operation) in OpenApiYaml.Operations(document))
        {
            var roles = OpenApiYaml.Child(operation, "x-roles") as YamlSequenceNode;
            if (roles is null || roles.Children.Any(r => ((YamlScalarNode)r).Value == "owner"))
            {
                continue;
            }

            checkedOperations++;
            foreach (var name in ResponseFields(OpenApiYaml.Mapping(operation, "responses"), components, []))
            {
                if (IncomeLike().IsMatch(name))
                {
                    fields.Add($"{method} {path}: {name}");
                }
            }
        }

        Assert.True(checkedOperations > 40, $"Only {checkedOperations} operations were checked.");
        Assert.Empty(fields);
    }

    [Fact]
    public void The_walk_over_answers_finds_the_income_fields_of_the_owners_own_answers()
    {
        var document = OpenApiYaml.Load();
        var components = OpenApiYaml.Mapping(document, "components");
        var profile = OpenApiYaml.Operations(document).Single(o => o is { Method: "GET", Path: "/profiles/{id}" }).Operation;

        Assert.Contains("incomeTarget", ResponseFields(OpenApiYaml.Mapping(profile, "responses"), components, []));
    }

    [Fact]
    public void The_ranking_features_hold_shares_of_the_target_and_never_the_figure()
    {
        var profile = TestProfiles.Entity(EntityId.New(), ProfileStatus.Active, TestProfiles.Valid() with { IncomeTarget = new IncomeTargetInput((decimal)Target, "GBP") });
        var person = MatchingProjections.Of(profile);
        var need = new NeedProjection(
            "need", "coop", [new LeveledSkill(person.Skills[0].Key, SkillLevel.Working)], [], [], 125, 375, 2, 26, 1,
            "London", "GB", RemotePreference.RemoteOk, [], DateTimeOffset.UnixEpoch, "GBP");

        var features = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Empty).Extract(need, person, DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain(features, value => Math.Abs(value - Target) < 1);
        Assert.InRange(features[(int)PairFeature.IncomeReach], 0f, 1f);
        Assert.InRange(features[(int)PairFeature.RateFit], 0f, 1f);
    }

    [Fact]
    public void No_log_message_in_the_app_names_the_income_target()
    {
        var functions = Repository.Path("functions");
        var sources = Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => (Name: Path.GetRelativePath(functions, file), Text: File.ReadAllText(file)))
            .ToList();
        // The app logs through [LoggerMessage] methods: their message templates and parameters, and every call of a
        // Log... method with its arguments.
        var declarations = sources.SelectMany(s => LoggerMessage().Matches(s.Text).Select(m => $"{s.Name}: {m.Value}")).ToList();
        var calls = sources.SelectMany(s => LogCall().Matches(s.Text).Select(m => $"{s.Name}: {m.Value}")).ToList();

        Assert.True(declarations.Count > 50 && calls.Count > 50, $"Only {declarations.Count} log messages and {calls.Count} log calls were found.");
        Assert.DoesNotContain(declarations.Concat(calls), text => IncomeLike().IsMatch(text));
    }

    /// <summary>Every property name in the schemas an operation's responses reach, following $ref all the way down.</summary>
    private static IEnumerable<string> ResponseFields(YamlNode node, YamlMappingNode components, HashSet<string> seen)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    if (name == "$ref" && ((YamlScalarNode)value).Value is { } reference && seen.Add(reference))
                    {
                        var parts = reference.Split('/');
                        foreach (var field in ResponseFields(OpenApiYaml.Mapping(OpenApiYaml.Mapping(components, parts[2]), parts[3]), components, seen))
                        {
                            yield return field;
                        }
                    }
                    else if (name == "properties" && value is YamlMappingNode properties)
                    {
                        foreach (var property in OpenApiYaml.Keys(properties))
                        {
                            yield return property;
                        }
                    }

                    if (name is not "$ref" and not "example" and not "examples")
                    {
                        foreach (var field in ResponseFields(value, components, seen))
                        {
                            yield return field;
                        }
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var field in sequence.Children.SelectMany(child => ResponseFields(child, components, seen)))
                {
                    yield return field;
                }

                break;
        }
    }

    [GeneratedRegex("income|monthlyTarget", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeLike();

    // A [LoggerMessage] attribute with the method it declares, up to the declaration's semicolon.
    [GeneratedRegex(@"\[LoggerMessage\b[\s\S]*?\)\]\s*[^;{]*?\)\s*;")]
    private static partial Regex LoggerMessage();

    // A call of a Log... method (a [LoggerMessage] method or ILogger's own) with its arguments, over several lines if need be.
    [GeneratedRegex(@"\bLog\w*\s*\([^;]*?\)\s*;")]
    private static partial Regex LogCall();
}
