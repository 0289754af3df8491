using Microsoft.ML.Trainers.FastTree;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>
/// An independent reading of a regression tree through ML.NET's public tree API, to check contributions
/// against: a node sends a value at or below its threshold left; a negative child <c>~i</c> is leaf <c>i</c>.
/// </summary>
public static class TreeWalk
{
    public static double Output(RegressionTree tree, float[] features) => tree.LeafValues[Leaf(tree, 0, features)];

    /// <summary>Adds, for each split on the path, the leaf value minus the leaf reached by going the other way there.</summary>
    public static void AddContributions(RegressionTree tree, float[] features, double[] contributions)
    {
        if (tree.NumberOfNodes == 0)
        {
            return;
        }

        var output = Output(tree, features);
        var node = 0;
        while (node >= 0)
        {
            var feature = tree.NumericalSplitFeatureIndexes[node];
            var left = features[feature] <= tree.NumericalSplitThresholds[node];
            var otherWay = left ? tree.RightChild[node] : tree.LeftChild[node];
            contributions[feature] += output - tree.LeafValues[Leaf(tree, otherWay, features)];
            node = left ? tree.LeftChild[node] : tree.RightChild[node];
        }
    }

    private static int Leaf(RegressionTree tree, int node, float[] features)
    {
        while (node >= 0)
        {
            node = features[tree.NumericalSplitFeatureIndexes[node]] <= tree.NumericalSplitThresholds[node] ? tree.LeftChild[node] : tree.RightChild[node];
        }

        return ~node;
    }
}
