package city.keyprojects.project;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The project registry; its detectors (overdue tasks, missed milestones) run on Spring's scheduler. */
@SpringBootApplication
@EnableScheduling
public class ProjectServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectServiceApplication.class, args);
    }
}
