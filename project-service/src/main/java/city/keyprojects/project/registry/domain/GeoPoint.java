package city.keyprojects.project.registry.domain;

/**
 * Where a project is on the city's map, in degrees as the map shows them (GCJ-02 on Chinese web maps). Only points
 * inside China's extent are accepted: a swapped latitude and longitude would otherwise land in the ocean.
 */
public record GeoPoint(double latitude, double longitude) {

    public static final double MIN_LATITUDE = 3.5;
    public static final double MAX_LATITUDE = 54.0;
    public static final double MIN_LONGITUDE = 73.0;
    public static final double MAX_LONGITUDE = 136.0;

    public GeoPoint {
        if (latitude < MIN_LATITUDE || latitude > MAX_LATITUDE || longitude < MIN_LONGITUDE
                || longitude > MAX_LONGITUDE) {
            throw new IllegalArgumentException("(" + latitude + ", " + longitude + ") is not inside China");
        }
    }
}
