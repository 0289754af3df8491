using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>
/// Finds every filter string given to <c>TableClient.Query</c> or <c>QueryAsync</c> in C# sources and checks
/// where it comes from: a filter is safe when it is built by <c>TableClient.CreateQueryFilter</c> (which
/// quotes and escapes each value), a constant, or a join of safe parts; a local is safe when everything
/// assigned to it is; a parameter when every call of its method passes something safe.
/// </summary>
public sealed class QueryFilterScan
{
    private readonly CSharpCompilation compilation;
    private readonly HashSet<ISymbol> checking = new(SymbolEqualityComparer.Default);

    private List<IInvocationOperation>? invocations;

    private QueryFilterScan(CSharpCompilation compilation) => this.compilation = compilation;

    /// <summary>Where a query takes a filter not shown to be safe, as <c>file:line</c>.</summary>
    public List<string> Unsafe { get; } = [];

    /// <summary>How many query calls with a filter argument were checked.</summary>
    public int Checked { get; private set; }

    public static QueryFilterScan Of(IEnumerable<(string Path, string Text)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Preview), s.Path));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var scan = new QueryFilterScan(CSharpCompilation.Create("scan", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
        scan.Run();
        return scan;
    }

    private List<IInvocationOperation> Invocations() =>
        invocations ??= [.. compilation.SyntaxTrees.SelectMany(tree =>
        {
            var model = compilation.GetSemanticModel(tree);
            return tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(node => model.GetOperation(node)).OfType<IInvocationOperation>();
        })];

    private void Run()
    {
        foreach (var query in Invocations().Where(IsTableQuery))
        {
            var filter = query.Arguments.FirstOrDefault(a => a.Parameter is { Name: "filter", Type.SpecialType: SpecialType.System_String });
            if (filter is null || filter.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            Checked++;
            if (!IsSafe(filter.Value))
            {
                var line = query.Syntax.GetLocation().GetLineSpan();
                Unsafe.Add($"{System.IO.Path.GetFileName(line.Path)}:{line.StartLinePosition.Line + 1}");
            }
        }
    }

    private static bool IsTableQuery(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Query" or "QueryAsync", ContainingType: { Name: "TableClient" } type }
        && type.ContainingNamespace.ToDisplayString() == "Azure.Data.Tables";

    private static bool IsCreateQueryFilter(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "CreateQueryFilter", ContainingType: { Name: "TableClient" } type }
        && type.ContainingNamespace.ToDisplayString() == "Azure.Data.Tables";

    private bool IsSafe(IOperation value) => value switch
    {
        { ConstantValue.HasValue: true } => true,
        IConversionOperation conversion => IsSafe(conversion.Operand),
        IParenthesizedOperation parenthesized => IsSafe(parenthesized.Operand),
        IInvocationOperation invocation => IsCreateQueryFilter(invocation),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } join => IsSafe(join.LeftOperand) && IsSafe(join.RightOperand),
        IConditionalOperation conditional => conditional.WhenFalse is { } whenFalse && IsSafe(conditional.WhenTrue) && IsSafe(whenFalse),
        ILocalReferenceOperation local => IsSafeLocal(local),
        IParameterReferenceOperation parameter => IsSafeParameter(parameter.Parameter),
        _ => false,
    };

    private bool IsSafeLocal(ILocalReferenceOperation reference)
    {
        if (!checking.Add(reference.Local))
        {
            return true;
        }

        var body = reference.Syntax.Ancestors().First(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
        var model = compilation.GetSemanticModel(reference.Syntax.SyntaxTree);
        var assigned = body.DescendantNodes().Select(n => model.GetOperation(n)).Select(operation => operation switch
        {
            IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local) => declarator.GetVariableInitializer()?.Value,
            IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local) => assignment.Value,
            _ => null,
        }).OfType<IOperation>().ToList();
        return assigned.Count > 0 && assigned.All(IsSafe);
    }

    private bool IsSafeParameter(IParameterSymbol parameter)
    {
        if (!checking.Add(parameter))
        {
            return true;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        var calls = Invocations().Where(i => SymbolEqualityComparer.Default.Equals(i.TargetMethod.OriginalDefinition, method.OriginalDefinition)).ToList();
        return calls.Count > 0 && calls.All(call => call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition)) is { } argument
            && (argument.ArgumentKind == ArgumentKind.DefaultValue || IsSafe(argument.Value)));
    }
}
