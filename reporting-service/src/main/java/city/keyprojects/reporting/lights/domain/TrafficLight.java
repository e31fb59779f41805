package city.keyprojects.reporting.lights.domain;

/** A project's traffic light (红黄绿灯), from best to worst: the order decides which of two lights wins. */
public enum TrafficLight {
    GREEN,
    YELLOW,
    RED;

    public boolean isWorseThan(TrafficLight other) {
        return compareTo(other) > 0;
    }
}
