namespace PerformanceHub.Hosting;

/// <summary>The sign-in and API key made at first start; printed once and never stored in clear.</summary>
public sealed record SeedSecrets(string UserName, string Password, string ApiKey);
