namespace NetworkGraph.Api.Observability;

/// <summary>Where metrics and traces go. Nothing is exported unless an OTLP endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public OtlpSettings Otlp { get; set; } = new();

    public sealed class OtlpSettings
    {
        /// <summary>An OTLP collector, such as http://localhost:4317 (gRPC) or http://localhost:4318 (with Protocol HttpProtobuf).</summary>
        public Uri? Endpoint { get; set; }

        /// <summary>Grpc (default) or HttpProtobuf.</summary>
        public string Protocol { get; set; } = "Grpc";
    }
}
