package city.keyprojects.project.registry.application;

import java.time.Clock;
import java.time.LocalDate;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.problem.RuleViolationException;
import city.keyprojects.project.registry.domain.ProjectCode;
import reactor.core.publisher.Mono;

/**
 * Keeps project codes unique and issues local ones ({@link ProjectCode#local}) for projects the national platform
 * has not coded yet: the registration year, the project's district, and a serial counted per year and district.
 */
@Component
class ProjectCodes {

    private static final String SERIALS = "project_code_serials";

    private final ReactiveMongoOperations mongo;
    private final Clock clock;

    ProjectCodes(ReactiveMongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A new local code for a project in this district; a serial someone already used by hand is skipped. */
    Mono<ProjectCode> issue(String district) {
        int year = LocalDate.now(clock).getYear();
        Query counter = Query.query(Criteria.where("_id").is(year + "-" + district));
        return mongo.findAndModify(counter, new Update().inc("last", 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SERIALS)
                .map(serials -> ProjectCode.local(year, district,
                        ((Number) serials.get("last")).intValue()))
                .flatMap(code -> isTaken(code).flatMap(taken -> taken ? issue(district) : Mono.just(code)));
    }

    /** Rule {@code project-code-unique}: fails when another project has the code. */
    Mono<ProjectCode> requireFree(ProjectCode code) {
        return isTaken(code).flatMap(taken -> taken ? Mono.error(taken(code)) : Mono.just(code));
    }

    static RuleViolationException taken(ProjectCode code) {
        return new RuleViolationException("project-code-unique",
                "Another project already has the project code " + code.value() + ".");
    }

    private Mono<Boolean> isTaken(ProjectCode code) {
        return mongo.exists(Query.query(Criteria.where(Projects.PROJECT_CODE).is(code.value())), Projects.COLLECTION);
    }
}
