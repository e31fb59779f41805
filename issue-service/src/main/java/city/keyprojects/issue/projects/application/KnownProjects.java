package city.keyprojects.issue.projects.application;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.messaging.AppliedEvents;
import city.keyprojects.platform.problem.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The local copy of the projects problems can be reported on, built from {@code project.events.v1} with each
 * event applied at most once; this service never calls project-service.
 */
@Service
public class KnownProjects {

    static final String COLLECTION = "known_projects";

    private final ReactiveMongoOperations mongo;
    private final EventCodec codec;

    KnownProjects(ReactiveMongoOperations mongo, EventCodec codec) {
        this.mongo = mongo;
        this.codec = codec;
    }

    /** The fields of {@code project.registered} this service reads; others are ignored. */
    record Registered(String projectId, String name, String district, String sector, String ownerCreditCode) {
    }

    /** The fields of {@code project.updated} this service reads: each is set only when named in {@code changed}. */
    record Updated(String projectId, List<String> changed, String name, String district, String sector) {
    }

    /** The fields of {@code project.responsibility-assigned} this service reads (五个一: leader, department, officer). */
    record ResponsibilityAssigned(String projectId, String leader, String department, String officer) {
    }

    public Mono<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "project.registered" -> {
                Registered registered = codec.dataAs(event, Registered.class);
                yield upsert(registered.projectId(), event, new Update()
                        .set("name", registered.name())
                        .set("district", registered.district())
                        .set("sector", registered.sector())
                        .set("ownerCreditCode", registered.ownerCreditCode()));
            }
            case "project.updated" -> {
                Updated updated = codec.dataAs(event, Updated.class);
                Update update = new Update();
                setIfChanged(update, updated.changed(), "name", updated.name());
                setIfChanged(update, updated.changed(), "district", updated.district());
                setIfChanged(update, updated.changed(), "sector", updated.sector());
                yield upsert(updated.projectId(), event, update);
            }
            case "project.responsibility-assigned" -> {
                ResponsibilityAssigned assigned = codec.dataAs(event, ResponsibilityAssigned.class);
                yield upsert(assigned.projectId(), event, new Update()
                        .set("officer", assigned.officer())
                        .set("responsibleLeader", assigned.leader())
                        .set("responsibleDepartment", assigned.department()));
            }
            default -> Mono.empty();
        };
    }

    private static void setIfChanged(Update update, List<String> changed, String field, Object value) {
        if (changed.contains(field)) {
            update.set(field, value);
        }
    }

    private Mono<Void> upsert(String projectId, EventEnvelope event, Update update) {
        return AppliedEvents.upsertOnce(mongo, COLLECTION, projectId, event, update).then();
    }

    public Mono<KnownProject> byId(String projectId) {
        return mongo.findById(projectId, Document.class, COLLECTION)
                .map(KnownProjects::project)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "Project " + projectId + " is not known to the issue service (yet).")));
    }

    /** The projects {@code officer} is the project officer of. */
    public Flux<KnownProject> ofOfficer(String officer) {
        return mongo.find(Query.query(Criteria.where("officer").is(officer)), Document.class, COLLECTION)
                .map(KnownProjects::project);
    }

    /** The projects the enterprise with this credit code owns. */
    public Flux<KnownProject> ofOwner(String creditCode) {
        return mongo.find(Query.query(Criteria.where("ownerCreditCode").is(creditCode)), Document.class, COLLECTION)
                .map(KnownProjects::project);
    }

    private static KnownProject project(Document doc) {
        return new KnownProject(doc.getString("_id"), doc.getString("name"), doc.getString("district"),
                doc.getString("sector"), doc.getString("ownerCreditCode"), doc.getString("officer"),
                doc.getString("responsibleLeader"), doc.getString("responsibleDepartment"));
    }
}
