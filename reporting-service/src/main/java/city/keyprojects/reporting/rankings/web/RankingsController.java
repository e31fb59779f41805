package city.keyprojects.reporting.rankings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.reporting.rankings.application.RankingsReportBuilder;
import city.keyprojects.reporting.rankings.domain.Ranked;
import city.keyprojects.reporting.rankings.domain.RankingsReport;
import city.keyprojects.reporting.rankings.domain.ScoreWeights;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import reactor.core.publisher.Mono;

/** The scores and rankings, read from the pre-built document of the year. */
@RestController
@RequestMapping("/api/reports")
class RankingsController {

    static final int MAX_TOP = 100;

    private final ReportSnapshots snapshots;
    private final RankingsReportBuilder rankings;

    RankingsController(ReportSnapshots snapshots, RankingsReportBuilder rankings) {
        this.snapshots = snapshots;
        this.rankings = rankings;
    }

    /** The rankings asked for ({@code of}; all four without it), each cut to the first {@code top} entries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RankingsView(int year, LocalDate asOf, ScoreWeights weights, List<Ranked> projects,
            List<Ranked> districts, List<Ranked> departments, List<Ranked> officers, Instant builtAt) {
    }

    /** One project's score and rank, out of {@code rankedProjects} projects with a score. */
    record ProjectScoreView(int year, LocalDate asOf, ScoreWeights weights, long rankedProjects, Ranked project,
            Instant builtAt) {
    }

    @GetMapping("/rankings")
    Mono<RankingsView> rankings(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Pattern(regexp = "projects|districts|departments|officers") String of,
            @RequestParam(required = false) @Min(1) @Max(MAX_TOP) Integer top) {
        int limit = top != null ? top : MAX_TOP;
        return read(year).map(snapshot -> {
            RankingsReport report = snapshot.report();
            return new RankingsView(report.year(), report.asOf(), report.weights(),
                    part(of, "projects", report.projects(), limit), part(of, "districts", report.districts(), limit),
                    part(of, "departments", report.departments(), limit),
                    part(of, "officers", report.officers(), limit), snapshot.builtAt());
        });
    }

    @GetMapping("/rankings/projects/{projectId}")
    Mono<ProjectScoreView> project(@PathVariable @Size(max = 100) String projectId,
            @RequestParam(required = false) Integer year) {
        return read(year).flatMap(snapshot -> {
            RankingsReport report = snapshot.report();
            return Mono.justOrEmpty(report.project(projectId).map(entry -> new ProjectScoreView(report.year(),
                    report.asOf(), report.weights(),
                    report.projects().stream().filter(ranked -> ranked.rank() != null).count(), entry,
                    snapshot.builtAt())));
        }).switchIfEmpty(Mono.error(() -> new NotFoundException("No key project " + projectId
                + " is ranked in that year.")));
    }

    private Mono<ReportSnapshots.Snapshot<RankingsReport>> read(Integer year) {
        return snapshots.read(rankings, year != null ? year : snapshots.thisYear());
    }

    private static List<Ranked> part(String of, String name, List<Ranked> ranking, int limit) {
        if (of != null && !of.equals(name)) {
            return null;
        }
        return ranking.subList(0, Math.min(limit, ranking.size()));
    }
}
