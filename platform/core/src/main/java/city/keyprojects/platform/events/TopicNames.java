package city.keyprojects.platform.events;

import java.util.regex.Pattern;

/**
 * Topic names are {@code <stream>.events.v<major>}: a breaking change to a stream's events is a new topic
 * (v2) that runs beside the old one until its consumers have moved. Dead letters go to {@code <topic>.dlt}.
 */
public final class TopicNames {

    private static final Pattern VERSIONED = Pattern.compile("[a-z][a-z0-9-]*\\.events\\.v[1-9][0-9]*");

    private TopicNames() {
    }

    public static String events(String stream, int majorVersion) {
        return requireVersioned(stream + ".events.v" + majorVersion);
    }

    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    public static String requireVersioned(String topic) {
        if (!VERSIONED.matcher(topic).matches()) {
            throw new IllegalArgumentException("Topic name must look like <stream>.events.v<n>: " + topic);
        }
        return topic;
    }
}
