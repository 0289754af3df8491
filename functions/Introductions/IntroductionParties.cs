using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Profiles;

namespace Matchmaker.Introductions;

/// <summary>Everything an introduction's emails are made from, read fresh for each step.</summary>
public sealed record IntroductionParties(IntroductionEntity Introduction, ProfileEntity Profile, NeedEntity Need, CoopEntity Coop);
