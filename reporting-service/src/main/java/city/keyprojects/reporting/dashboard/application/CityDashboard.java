package city.keyprojects.reporting.dashboard.application;

/** The city-wide headline figures. */
public record CityDashboard(long projectCount) {
}
