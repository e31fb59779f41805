package city.keyprojects.project.registry.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import city.keyprojects.project.registry.domain.GeoPoint;

/** Coordinates as sent; the bounds are China's extent (see {@link GeoPoint}). */
public record LocationRequest(
        @NotNull @DecimalMin(value = "3.5", message = "must be inside China (latitude 3.5 to 54)")
        @DecimalMax(value = "54.0", message = "must be inside China (latitude 3.5 to 54)") Double latitude,
        @NotNull @DecimalMin(value = "73.0", message = "must be inside China (longitude 73 to 136)")
        @DecimalMax(value = "136.0", message = "must be inside China (longitude 73 to 136)") Double longitude) {

    GeoPoint toGeoPoint() {
        return new GeoPoint(latitude, longitude);
    }

    static GeoPoint toGeoPoint(LocationRequest location) {
        return location == null ? null : location.toGeoPoint();
    }
}
