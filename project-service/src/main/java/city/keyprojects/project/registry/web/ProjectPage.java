package city.keyprojects.project.registry.web;

import java.util.List;

/** One page of projects, with the total so that a client can page through all of them. */
public record ProjectPage(List<ProjectView> items, int page, int size, long total) {
}
