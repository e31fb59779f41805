package city.keyprojects.approval.cases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's approval work in a period (days inclusive): items finally decided in it, how many within their
 * limit, the working days used (time the applicant owed excluded) against the limits, how many were processed in
 * parallel with another item of their stage (并联审批率), decisions taken in extended-hours service (延时服务), and
 * items returned for correction. Rates are percentages with one decimal, null when nothing was decided.
 */
public record DepartmentStatistics(String department, String departmentName, int itemsDecided, int decidedOnTime,
        BigDecimal onTimeRate, int workingDaysUsed, int limitWorkingDays, BigDecimal usedShareOfLimit,
        int processedInParallel, BigDecimal parallelRate, int extendedHoursDecisions, int returnedForCorrection) {

    /** Statistics of every department with an item in {@code cases}, by department code. */
    public static List<DepartmentStatistics> of(List<ApprovalCase> cases, LocalDate from, LocalDate to,
            ZoneId zone) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ApprovalCase approvalCase : cases) {
            for (ApprovalItem item : approvalCase.items()) {
                Tally tally = tallies.computeIfAbsent(item.department(), code -> new Tally(item.departmentName()));
                for (ItemStep step : item.steps()) {
                    LocalDate day = LocalDate.ofInstant(step.at(), zone);
                    if (within(day, from, to)) {
                        tally.extendedHours += step.extendedHours() ? 1 : 0;
                        tally.returned += Decision.RETURN_FOR_CORRECTION.name().equals(step.action()) ? 1 : 0;
                    }
                }
                if (item.decidedOn() == null || !within(item.decidedOn(), from, to)
                        || item.workingDaysUsed() == null) {
                    continue;
                }
                tally.decided++;
                tally.onTime += Boolean.TRUE.equals(item.onTime()) ? 1 : 0;
                tally.used += item.workingDaysUsed();
                tally.limit += approvalCase.clockOf(item).limitWorkingDays();
                tally.parallel += approvalCase.processedInParallel(item, item.decidedOn()) ? 1 : 0;
            }
        }
        List<DepartmentStatistics> statistics = new ArrayList<>();
        tallies.forEach((department, tally) -> statistics.add(new DepartmentStatistics(department, tally.name,
                tally.decided, tally.onTime, percent(tally.onTime, tally.decided), tally.used, tally.limit,
                percent(tally.used, tally.limit), tally.parallel, percent(tally.parallel, tally.decided),
                tally.extendedHours, tally.returned)));
        statistics.sort(Comparator.comparing(DepartmentStatistics::department));
        return statistics;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static final class Tally {
        private final String name;
        private int decided;
        private int onTime;
        private int used;
        private int limit;
        private int parallel;
        private int extendedHours;
        private int returned;

        Tally(String name) {
            this.name = name;
        }
    }
}
