namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// samples/AotSmoke is the proof that the libraries are trimming and native-AOT compatible: `.ci/run` publishes it
/// against the packed packages as a native-AOT binary, with warnings as errors, and runs it. It is kept out of the
/// solution (a PublishAot project's restore fetches the native toolchain and runtime packs), so these keep it honest
/// between CI runs.
/// </summary>
public class AotSmokeTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "samples", "AotSmoke");

    [Fact]
    public void The_AOT_smoke_program_compiles_against_the_libraries_as_they_are()
    {
        var program = File.ReadAllText(Path.Combine(Folder, "Program.cs"));

        ExampleCompilation.Problems(program).Should().BeEmpty("CI publishes this program as native AOT");
    }

    [Fact]
    public void The_AOT_smoke_program_is_published_as_native_AOT_with_warnings_as_errors_by_CI()
    {
        var project = File.ReadAllText(Path.Combine(Folder, "AotSmoke.csproj"));
        var ci = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        project.Should().Contain("<PublishAot>true</PublishAot>").And.Contain("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        ci.Should().MatchRegex(@"\ncheck ""[^""]*native AOT[^""]*"" aot_smoke\n").And.Contain("-p:TreatWarningsAsErrors=true");
    }
}
