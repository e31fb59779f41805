package city.keyprojects.reporting.snapshots;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * One report kept ready for reading (the city figures, the traffic lights, the rankings …): built from every
 * project's facts for a year as of a day. A Spring bean of this type is built by {@link ReportSnapshots}.
 *
 * @param <T> the report, a record the MongoDB converter can write and read back
 */
public interface ReportBuilder<T> {

    /** The report's name, its document id prefix in {@code report_snapshots}: lower case, no dots. */
    String name();

    Class<T> type();

    T build(List<ProjectFacts> projects, int year, LocalDate asOf);
}
