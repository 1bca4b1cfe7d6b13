using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// Compiles a program the repository shows or ships (a package README's example, a sample kept out of the solution)
/// against the libraries as they are, with the implicit usings of a console app, and returns its warnings and errors.
/// </summary>
internal static class ExampleCompilation
{
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    public static IReadOnlyList<string> Problems(string program)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create(
            "example",
            [CSharpSyntaxTree.ParseText(program, options), CSharpSyntaxTree.ParseText(ImplicitUsings, options)],
            CultureSensitiveText.References(exclude: null),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        // CS8019 is an unused using of the implicit ones.
        return [.. compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8019").Select(d => d.ToString())];
    }
}
