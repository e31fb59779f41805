package city.keyprojects.reporting.dashboard.application;

/** Where a record sits in the log: its topic, partition and offset. */
public record RecordPosition(String topic, int partition, long offset) {

    /** The counter shard fed by this partition. */
    String shard() {
        return topic + "-" + partition;
    }
}
