using Azure.Storage.Queues;
using Matchmaker.Platform.Hosting;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class QueueHostOptionsTests
{
    [Fact]
    public void Reads_every_queue_setting_of_host_json()
    {
        var path = System.IO.Path.GetTempFileName();
        File.WriteAllText(path, """
            {
              // comments are allowed in host.json
              "version": "2.0",
              "extensions": { "queues": {
                "batchSize": 4, "newBatchThreshold": 2, "maxPollingInterval": "00:00:03",
                "visibilityTimeout": "00:00:07", "MaxDequeueCount": 2, "messageEncoding": "none" } }
            }
            """);

        var options = QueueHostOptions.Load(path);

        Assert.Equal(4, options.BatchSize);
        Assert.Equal(2, options.NewBatchThreshold);
        Assert.Equal(TimeSpan.FromSeconds(3), options.MaxPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(7), options.VisibilityTimeout);
        Assert.Equal(2, options.MaxDequeueCount);
        Assert.Equal(QueueMessageEncoding.None, options.MessageEncoding);
    }

    [Fact]
    public void Uses_the_functions_host_defaults_when_host_json_says_nothing()
    {
        var path = System.IO.Path.GetTempFileName();
        File.WriteAllText(path, """{ "version": "2.0" }""");

        var options = QueueHostOptions.Load(path);

        Assert.Equal(new QueueHostOptions(), options);
        Assert.Equal(16, options.BatchSize);
        Assert.Equal(5, options.MaxDequeueCount);
        Assert.Equal(QueueMessageEncoding.Base64, options.MessageEncoding);
    }

    [Fact]
    public void The_app_states_its_queue_settings_explicitly()
    {
        var options = QueueHostOptions.Load(Repository.Path("functions", "host.json"));

        Assert.Equal(5, options.MaxDequeueCount);
        Assert.Equal(QueueMessageEncoding.Base64, options.MessageEncoding);
        Assert.Equal(TimeSpan.FromSeconds(5), options.VisibilityTimeout);
    }

    [Fact]
    public void An_unknown_encoding_is_refused_at_start_up()
    {
        var path = System.IO.Path.GetTempFileName();
        File.WriteAllText(path, """{ "extensions": { "queues": { "messageEncoding": "rot13" } } }""");

        Assert.Throws<InvalidOperationException>(() => QueueHostOptions.Load(path));
    }
}
