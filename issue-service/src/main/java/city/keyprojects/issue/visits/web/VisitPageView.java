package city.keyprojects.issue.visits.web;

import java.util.List;

/** One page of visits, the latest first, with the total to page through. */
public record VisitPageView(List<VisitView> items, int page, int size, long total) {
}
