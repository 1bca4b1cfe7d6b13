using Microsoft.OpenApi;

namespace PerformanceHub.Api;

/// <summary>
/// Describes in the OpenAPI document what the handlers read themselves: the plan document body, the multipart return
/// upload, and the If-Match header. Declaring them as accepted content types instead would make ASP.NET Core answer
/// 415 to an unauthenticated request before the 401 it must get.
/// </summary>
public static class OpenApiBodies
{
    public static RouteHandlerBuilder PlanDocumentBody(this RouteHandlerBuilder endpoint) => endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The whole plan document (StrategicPlanning JSON format 1.0, UTF-8), as 'splan schema' describes it.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
        };
        IfMatch(operation);
        return Task.CompletedTask;
    });

    public static RouteHandlerBuilder ReturnUploadBody(this RouteHandlerBuilder endpoint, bool needsIfMatch) => endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "A filled-in quarterly return as splan return made it.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "One .xlsx or .csv return." },
                            ["replace"] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Replace values the plan already has (a restatement)." },
                            ["quarter"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The quarter the return must be for, e.g. 2024/25 Q4." },
                        },
                    },
                },
            },
        };
        if (needsIfMatch)
        {
            IfMatch(operation);
        }

        return Task.CompletedTask;
    });

    private static void IfMatch(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = true,
            Description = "The ETag of the version edited, e.g. \"v3\": 428 without it, 412 when it is not the latest.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
