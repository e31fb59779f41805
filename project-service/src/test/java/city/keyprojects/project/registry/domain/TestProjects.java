package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Projects for tests, described only as far as a test needs. */
public final class TestProjects {

    public static final Instant REGISTERED_AT = Instant.parse("2025-03-19T02:00:00Z");

    private TestProjects() {
    }

    public static Description description(String name, String district, Sector sector, Level level,
            BigDecimal totalInvestment) {
        return new Description(name, null, null, district, sector, level, null, null, null, totalInvestment, null,
                null, null, null, null, null);
    }

    /** A registered project (reserve stage) with a local code, owned by the enterprise with this credit code. */
    public static Project registered(String id, Description description, String ownerCreditCode) {
        return Project.register(id, new Project.RegistrationDetails(description,
                        ownerCreditCode == null ? null : new CreditCode(ownerCreditCode), null, null),
                ProjectCode.local(2025, description.district(), 1), REGISTERED_AT).project();
    }
}
