using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// Finds text the packages build with the current culture: an interpolated string with a number, date or other
/// formattable value in it that is not formatted with an explicit provider (<c>string.Create(CultureInfo.InvariantCulture,
/// $"…")</c>, <c>FormattableString.Invariant</c>, or a call that takes an <see cref="IFormatProvider"/>), and a string
/// joined to such a value with <c>+</c>. Under de-DE "-1.5" reads "-1,5"; under ar-SA it gains Arabic separators.
/// The analyzers catch <c>ToString()</c> without a provider (CA1305); they do not look inside interpolations.
/// </summary>
internal static class CultureSensitiveText
{
    /// <summary>Every culture-sensitive place in a project's sources, as "file(line): text".</summary>
    /// <param name="projectDirectory">The project's folder.</param>
    /// <param name="ownAssembly">The file name of the assembly the project builds, left out of the references so its sources are the only copy.</param>
    public static IReadOnlyList<string> In(string projectDirectory, string? ownAssembly = null)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)).ToList();
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;",
            options);
        var compilation = CSharpCompilation.Create("scan", [.. trees, implicitUsings], References(exclude: ownAssembly), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var found = new List<string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var text in root.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>())
            {
                if (!HasProvider(text, model) && text.Contents.OfType<InterpolationSyntax>().Any(hole => IsCultureSensitive(model.GetTypeInfo(hole.Expression).Type)))
                {
                    found.Add(Where(tree, text));
                }
            }

            foreach (var join in root.DescendantNodes().OfType<BinaryExpressionSyntax>().Where(b => b.IsKind(SyntaxKind.AddExpression)))
            {
                if (model.GetTypeInfo(join).Type?.SpecialType == SpecialType.System_String &&
                    (IsCultureSensitive(model.GetTypeInfo(join.Left).Type) || IsCultureSensitive(model.GetTypeInfo(join.Right).Type)))
                {
                    found.Add(Where(tree, join));
                }
            }
        }

        return found;
    }

    private static string Where(SyntaxTree tree, SyntaxNode node)
    {
        var line = tree.GetLineSpan(node.Span).StartLinePosition.Line + 1;
        var text = node.ToString();
        return $"{tree.FilePath}({line}): {(text.Length > 120 ? text[..120] + "…" : text)}";
    }

    /// <summary>Numbers and other formattable values whose text depends on the culture (enums, strings and Guid do not).</summary>
    private static bool IsCultureSensitive(ITypeSymbol? type)
    {
        if (type is null or IErrorTypeSymbol)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_String or SpecialType.System_Char or SpecialType.System_Boolean)
        {
            return false;
        }

        return type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt16
                   or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte or SpecialType.System_SByte
                   or SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_DateTime
               || type.AllInterfaces.Any(i => Is(i, "IFormattable")) && !Is(type, "Guid");
    }

    /// <summary>Whether the interpolation is formatted with an explicit provider.</summary>
    private static bool HasProvider(InterpolatedStringExpressionSyntax text, SemanticModel model)
    {
        if (Is(model.GetTypeInfo(text).ConvertedType, "FormattableString") || Is(model.GetTypeInfo(text).ConvertedType, "IFormattable"))
        {
            return true; // formatted later, by whoever takes the FormattableString, with the provider it chooses
        }

        if (text.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } arguments })
        {
            return false;
        }

        var info = model.GetSymbolInfo(call);
        var methods = (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>().ToList();
        if (methods.Any(m => m is { Name: "Invariant", ContainingType.Name: "FormattableString" }))
        {
            return true;
        }

        var position = arguments.Arguments.IndexOf((ArgumentSyntax)text.Parent);
        if (methods.Count > 0 && methods.All(m => position < m.Parameters.Length && (Is(m.Parameters[position].Type, "FormattableString") || Is(m.Parameters[position].Type, "IFormattable"))))
        {
            return true; // the method takes a FormattableString and formats it with the provider it chooses
        }

        return arguments.Arguments.Any(a => Is(model.GetTypeInfo(a.Expression).Type, "IFormatProvider") || Is(model.GetTypeInfo(a.Expression).Type, "CultureInfo")
                                            || Is(model.GetTypeInfo(a.Expression).ConvertedType, "IFormatProvider"));
    }

    /// <summary>Whether a type is the named type of the System (or System.Globalization) namespace.</summary>
    private static bool Is(ITypeSymbol? type, string name)
    {
        var ns = type?.ContainingNamespace?.ToDisplayString();
        return type?.Name == name && ns is "System" or "System.Globalization";
    }

    internal static List<MetadataReference> References(string? exclude)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return [.. trusted.Concat(local).DistinctBy(Path.GetFileName).Where(p => Path.GetFileName(p) != exclude && IsAssembly(p)).Select(p => MetadataReference.CreateFromFile(p))];
    }

    private static bool IsAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
