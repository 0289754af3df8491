using Matchmaker.Model.Ranking;

namespace Matchmaker.Ranking;

public sealed record LiveModel(ModelVersionEntity Version, RankingModel Model);
