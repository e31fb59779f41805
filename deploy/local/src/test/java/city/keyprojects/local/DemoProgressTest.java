package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoProgressTest {

    @Test
    void everyDemoProjectHasProgressAndTheReportedInvestmentStaysWithinItsTotal() {
        Map<String, DemoProgress.Progress> progress = DemoProgress.bundled();

        assertThat(progress.keySet()).containsExactlyElementsOf(DemoData.projects().stream().map(DemoData::name)
                .toList());
        assertThat(progress.get("杨庄水库").annualPlan()).isNull();
        assertThat(progress.get("杨庄水库").stageMoves()).containsExactly("PREPARATION");
        DemoProgress.Progress first = progress.get("先导科技半导体激光雷达及传感器件产业化项目");
        assertThat(first.stageMoves()).containsExactly("PREPARATION", "UNDER_CONSTRUCTION!");
        assertThat(first.completedByMonth()).hasSize(11);
        assertThat(first.completedByMonth().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isLessThan(new BigDecimal("5000000000"));
    }

    @Test
    void theMonthlyBreakdownAddsUpToTheAnnualPlanToTheFen() {
        String monthly = DemoProgress.monthly(new BigDecimal("100000000"));
        BigDecimal sum = Arrays.stream(monthly.replaceAll("[\\[\\]\"]", "").split(","))
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(sum).isEqualByComparingTo("100000000");
        assertThat(monthly).startsWith("[\"8333333.33\"").endsWith("\"8333333.37\"]");
    }
}
