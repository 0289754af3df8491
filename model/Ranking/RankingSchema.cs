using Microsoft.ML;
using Microsoft.ML.Data;

namespace Matchmaker.Model.Ranking;

/// <summary>The input schema of <see cref="RankingRow"/> with the feature vector's length fixed, as ML.NET needs it.</summary>
public static class RankingSchema
{
    public static SchemaDefinition For(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(RankingRow));
        schema[nameof(RankingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }
}
