using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Matchmaker.Testing;

/// <summary>
/// Records what the app's meter measures, listening only to meters made by one <see cref="IMeterFactory"/> so
/// that other tests' apps running at the same time are not counted.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements = new();

    public MetricRecorder(IMeterFactory factory)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
    }

    public List<(long Value, Dictionary<string, object?> Tags)> Of(string instrument) =>
        [.. measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags))];

    public void Dispose() => listener.Dispose();
}
