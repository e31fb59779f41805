package city.keyprojects.approval.catalogue.application;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One document per published version in {@code approval_catalogue}, {@code _id} = the version number. Versions are
 * only ever inserted: the unique {@code _id} is what makes two publications of the same next version collide.
 */
@Component
class CatalogueStore {

    static final String COLLECTION = "approval_catalogue";

    private static final String ID = "_id";
    private static final String ITEMS = "items";
    private static final String ITEM_COUNT = "itemCount";
    private static final String JOINT_LIMIT = "jointAcceptanceLimitWorkingDays";
    private static final String PUBLISHED_AT = "publishedAt";
    private static final String PUBLISHED_BY = "publishedBy";
    private static final String NOTE = "note";

    private final ReactiveMongoOperations mongo;

    CatalogueStore(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @return the catalogue as stored; fails with {@code DuplicateKeyException} if its version exists already */
    Mono<ApprovalCatalogue> insert(ApprovalCatalogue catalogue) {
        return mongo.insert(toDocument(catalogue), COLLECTION).map(CatalogueStore::toCatalogue);
    }

    Mono<ApprovalCatalogue> latest() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, ID)).limit(1), Document.class, COLLECTION)
                .map(CatalogueStore::toCatalogue);
    }

    Mono<ApprovalCatalogue> byVersion(long version) {
        return mongo.findOne(Query.query(Criteria.where(ID).is(version)), Document.class, COLLECTION)
                .map(CatalogueStore::toCatalogue);
    }

    /** Newest first, without the items (the count is stored beside them). */
    Flux<CatalogueVersionSummary> summaries() {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, ID));
        query.fields().include(PUBLISHED_AT, PUBLISHED_BY, NOTE, ITEM_COUNT);
        return mongo.find(query, Document.class, COLLECTION)
                .map(doc -> new CatalogueVersionSummary(doc.get(ID, Number.class).longValue(),
                        doc.getDate(PUBLISHED_AT).toInstant(), doc.getString(PUBLISHED_BY), doc.getString(NOTE),
                        doc.get(ITEM_COUNT, Number.class).intValue()));
    }

    private static Document toDocument(ApprovalCatalogue catalogue) {
        List<Document> items = catalogue.items().stream()
                .map(item -> new Document("code", item.code())
                        .append("name", item.name())
                        .append("nameEn", item.nameEn())
                        .append("stage", item.stage().name())
                        .append("department", item.department())
                        .append("departmentName", item.departmentName())
                        .append("limitWorkingDays", item.limitWorkingDays()))
                .toList();
        return new Document(ID, catalogue.version())
                .append(PUBLISHED_AT, Date.from(catalogue.publishedAt()))
                .append(PUBLISHED_BY, catalogue.publishedBy())
                .append(NOTE, catalogue.note())
                .append(JOINT_LIMIT, catalogue.jointAcceptanceLimitWorkingDays())
                .append(ITEM_COUNT, items.size())
                .append(ITEMS, items);
    }

    private static ApprovalCatalogue toCatalogue(Document doc) {
        List<CatalogueItem> items = doc.getList(ITEMS, Document.class).stream()
                .map(item -> new CatalogueItem(item.getString("code"), item.getString("name"),
                        item.getString("nameEn"), ApprovalStage.valueOf(item.getString("stage")),
                        item.getString("department"), item.getString("departmentName"),
                        item.get("limitWorkingDays", Number.class).intValue()))
                .toList();
        return new ApprovalCatalogue(doc.get(ID, Number.class).longValue(), items,
                doc.get(JOINT_LIMIT, Number.class).intValue(), doc.getDate(PUBLISHED_AT).toInstant(),
                doc.getString(PUBLISHED_BY), doc.getString(NOTE));
    }
}
