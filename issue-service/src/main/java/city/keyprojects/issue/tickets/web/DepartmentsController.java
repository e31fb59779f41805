package city.keyprojects.issue.tickets.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.issue.tickets.application.Departments;

/** The departments a ticket can be handed to, so that a client offers exactly those (and no stale copy of them). */
@RestController
class DepartmentsController {

    record DepartmentView(String code, String name) {
    }

    private final Departments departments;

    DepartmentsController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping("/api/issues/departments")
    List<DepartmentView> departments() {
        return departments.departments().entrySet().stream()
                .map(department -> new DepartmentView(department.getKey(), department.getValue()))
                .sorted(Comparator.comparing(DepartmentView::code))
                .toList();
    }
}
