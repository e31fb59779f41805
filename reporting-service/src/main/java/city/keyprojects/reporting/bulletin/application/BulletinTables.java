package city.keyprojects.reporting.bulletin.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import city.keyprojects.reporting.bulletin.domain.MonthlyBulletin;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.lights.domain.ProjectLight;
import city.keyprojects.reporting.rankings.domain.Ranked;

/**
 * The bulletin as titled tables of text, in Chinese, money in 万元: what both the workbook and the printable page
 * show, written once.
 */
final class BulletinTables {

    /** A titled table: a header row and the rows under it. */
    record Table(String title, List<String> header, List<List<String>> rows) {
    }

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private BulletinTables() {
    }

    static String title(MonthlyBulletin bulletin) {
        return "重点项目建设月度通报（" + bulletin.month().getYear() + "年" + bulletin.month().getMonthValue() + "月）";
    }

    static List<Table> of(MonthlyBulletin bulletin) {
        List<Table> tables = new ArrayList<>();
        CityFigures.Headline headline = bulletin.figures().headline();
        tables.add(new Table("总体情况", List.of("指标", "数值"), List.of(
                List.of("重点项目（个）", Long.toString(headline.projects())),
                List.of("总投资（万元）", wan(headline.totalInvestment())),
                List.of("年度计划投资（万元）", wan(headline.annualPlan())),
                List.of("累计完成投资（万元）", wan(headline.completed())),
                List.of("完成年度计划（%）", text(headline.completedShare())),
                List.of("新开工项目（个）", Long.toString(headline.newStarts())),
                List.of("竣工项目（个）", Long.toString(headline.completedProjects())),
                List.of("投产项目（个）", Long.toString(headline.inProduction())),
                List.of("亿元以上项目（个）", Long.toString(headline.overHundredMillion())),
                List.of("红灯项目（个）", Long.toString(bulletin.lights().counts().red())),
                List.of("黄灯项目（个）", Long.toString(bulletin.lights().counts().yellow())))));
        tables.add(new Table("月度投资", List.of("月份", "计划（万元）", "完成（万元）", "累计计划（万元）", "累计完成（万元）"),
                bulletin.figures().months().stream().filter(month -> month.month() <= bulletin.month()
                        .getMonthValue()).map(month -> List.of(month.month() + "月", wan(month.planned()),
                                wan(month.completed()), wan(month.plannedToDate()), wan(month.completedToDate())))
                        .toList()));
        tables.add(lights("红灯项目（推进滞后，专题研究）", bulletin.lights().red()));
        tables.add(lights("黄灯项目（推进滞后）", bulletin.lights().yellow()));
        tables.add(ranking("项目排名", bulletin.rankings().projects()));
        tables.add(ranking("县区排名", bulletin.rankings().districts()));
        tables.add(ranking("部门排名", bulletin.rankings().departments()));
        tables.add(ranking("项目专员排名", bulletin.rankings().officers()));
        return tables;
    }

    private static Table lights(String title, List<ProjectLight> projects) {
        return new Table(title, List.of("项目", "县区", "项目专员", "规则", "落后序时进度（百分点）", "未开工（月）"),
                projects.stream().map(project -> List.of(text(project.name()), text(project.district()),
                        text(project.officer()), project.rule(), text(project.explanation().pointsBehind()),
                        project.explanation().monthsLate() == null ? "" : project.explanation().monthsLate()
                                .toString())).toList());
    }

    private static Table ranking(String title, List<Ranked> ranked) {
        return new Table(title, List.of("名次", "名称", "得分", "得分构成", "项目数"), ranked.stream()
                .map(entry -> List.of(entry.rank() == null ? "—" : entry.rank().toString(), text(entry.name()),
                        text(entry.score()), entry.breakdown().stream().filter(part -> part.applicable())
                                .map(part -> part.criterion() + " " + text(part.weightedPoints()))
                                .collect(Collectors.joining("；")), Integer.toString(entry.projects())))
                .toList());
    }

    private static String wan(BigDecimal yuan) {
        return yuan == null ? "" : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
