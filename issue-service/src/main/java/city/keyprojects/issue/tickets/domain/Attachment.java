package city.keyprojects.issue.tickets.domain;

/** A document or photo kept elsewhere (the city's file store), referred to by a link. */
public record Attachment(String name, String url) {
}
