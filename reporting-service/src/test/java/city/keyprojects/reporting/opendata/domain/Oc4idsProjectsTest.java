package city.keyprojects.reporting.opendata.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.PublicCard;

class Oc4idsProjectsTest {

    private static ProjectFacts project(String id, String sector, String stage, List<String> hidden) {
        return ProjectFacts.unknown(id).registeredAs("经开区连接器产业园项目", "510703", sector, "MUNICIPAL_KEY", stage,
                new BigDecimal("950000000.00"), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 3, 19))
                .described(new PublicCard("2024-510703-04-01-000121", "新建连接器生产厂房", "绵阳某连接器公司",
                        "经开区三江大道88号", 31.4271, 104.7412, LocalDate.of(2027, 5, 31), hidden));
    }

    @Test
    void a_project_maps_to_the_oc4ids_fields_and_codelists() {
        Oc4idsProjects.Project mapped = Oc4idsProjects.project(project("P", "INDUSTRIAL", "UNDER_CONSTRUCTION",
                List.of()));

        assertThat(mapped.id()).isEqualTo("oc4ids-keyprojects-P");
        assertThat(mapped.title()).isEqualTo("经开区连接器产业园项目");
        assertThat(mapped.description()).isEqualTo("新建连接器生产厂房");
        assertThat(mapped.status()).isEqualTo("implementation");
        assertThat(mapped.type()).isEqualTo("construction");
        assertThat(mapped.sector()).containsExactly("economy");
        assertThat(mapped.budget().amount().amount()).isEqualByComparingTo("950000000");
        assertThat(mapped.budget().amount().currency()).isEqualTo("CNY");
        assertThat(mapped.period()).isEqualTo(new Oc4idsProjects.Period(LocalDate.of(2025, 6, 1),
                LocalDate.of(2027, 5, 31)));
        assertThat(mapped.locations()).singleElement().satisfies(location -> {
            assertThat(location.description()).isEqualTo("经开区三江大道88号");
            assertThat(location.geometry().coordinates()).as("GeoJSON: longitude first")
                    .containsExactly(104.7412, 31.4271);
        });
        assertThat(mapped.identifiers()).containsExactly(new Oc4idsProjects.Identifier("2024-510703-04-01-000121",
                "CN-TZXM"));
        assertThat(mapped.additionalClassifications()).extracting(Oc4idsProjects.Classification::id)
                .containsExactly("INDUSTRIAL", "MUNICIPAL_KEY");
    }

    @Test
    void fields_the_project_hides_from_the_public_stay_out() {
        Oc4idsProjects.Project mapped = Oc4idsProjects.project(project("P", "INDUSTRIAL", "RESERVE",
                List.of("LOCATION", "PLANNED_DATES", "SUMMARY", "TOTAL_INVESTMENT")));

        assertThat(mapped.budget()).isNull();
        assertThat(mapped.period()).isNull();
        assertThat(mapped.description()).isNull();
        assertThat(mapped.locations()).singleElement().satisfies(location -> {
            assertThat(location.geometry()).isNull();
            assertThat(location.description()).as("the address is still shown").isEqualTo("经开区三江大道88号");
        });
    }

    @Test
    void the_lifecycle_maps_to_the_oc4ids_statuses_and_only_safe_sectors_are_given() {
        assertThat(List.of("RESERVE", "PREPARATION", "UNDER_CONSTRUCTION", "SUSPENDED", "COMPLETED", "IN_PRODUCTION",
                "CANCELLED").stream().map(stage -> Oc4idsProjects.project(project("P", "INDUSTRIAL", stage,
                        List.of())).status()).toList())
                .containsExactly("identification", "preparation", "implementation", "implementation", "completion",
                        "maintenance", "cancelled");
        assertThat(Oc4idsProjects.project(project("P", "LIVELIHOOD", "RESERVE", List.of())).sector()).isEmpty();
    }

    @Test
    void only_registered_projects_are_published_in_a_stable_order() {
        Oc4idsProjects projects = Oc4idsProjects.of(List.of(project("B", "INDUSTRIAL", "RESERVE", List.of()),
                ProjectFacts.unknown("C"), project("A", "INDUSTRIAL", "RESERVE", List.of())));

        assertThat(projects.projects()).extracting(Oc4idsProjects.Project::id)
                .containsExactly("oc4ids-keyprojects-A", "oc4ids-keyprojects-B");
    }
}
