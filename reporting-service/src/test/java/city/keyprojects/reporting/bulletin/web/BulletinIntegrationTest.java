package city.keyprojects.reporting.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import tools.jackson.databind.node.ObjectNode;

/**
 * Last month's bulletin downloaded, opened and read back: the workbook with Apache POI, the printable page as text.
 * The project reported under half of its plan, so it is on the red list.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class BulletinIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    WebTestClient client;
    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    EventCodec codec;

    private final YearMonth lastMonth = YearMonth.now(PlatformAutoConfiguration.CITY_ZONE).minusMonths(1);

    @Test
    void last_months_bulletin_opens_as_a_workbook_with_the_figures_the_red_list_and_the_rankings() throws IOException {
        String name = redProject();
        byte[] xlsx = centre().get().uri("/api/reports/bulletins/{month}/xlsx", lastMonth.toString()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(BulletinController.XLSX)
                .expectHeader().valueMatches("Content-Disposition", ".*bulletin-" + lastMonth + "\\.xlsx.*")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("总体情况", "月度投资", "红灯项目", "黄灯项目", "项目排名", "县区排名",
                    "部门排名", "项目专员排名");
            Sheet overview = workbook.getSheet("总体情况");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).contains("重点项目建设月度通报",
                    lastMonth.getYear() + "年" + lastMonth.getMonthValue() + "月");
            assertThat(text(overview.getRow(1))).containsExactly("指标", "数值");
            assertThat(text(overview.getRow(2)).get(0)).isEqualTo("重点项目（个）");
            assertThat(Long.parseLong(overview.getRow(2).getCell(1).getStringCellValue())).isPositive();
            Sheet months = workbook.getSheet("月度投资");
            assertThat(months.getLastRowNum() - 1).as("one row per month to the bulletin's")
                    .isEqualTo(lastMonth.getMonthValue());
            assertThat(column(workbook.getSheet("红灯项目"), 0)).contains(name);
            assertThat(column(workbook.getSheet("项目排名"), 1)).contains(name);
        }
    }

    @Test
    void the_printable_page_shows_the_same_in_plain_html() {
        String name = redProject();
        String page = centre().get().uri("/api/reports/bulletins/{month}/html", lastMonth.toString()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "@media print",
                "红灯项目", name, "项目排名").doesNotContain("<script");
    }

    @Test
    void a_month_not_ended_or_too_old_or_not_a_month_is_a_400_and_enterprises_may_not_download() {
        YearMonth thisMonth = lastMonth.plusMonths(1);
        for (String month : List.of(thisMonth.toString(), thisMonth.plusMonths(1).toString(),
                YearMonth.of(thisMonth.getYear() - 2, 12).toString())) {
            centre().get().uri("/api/reports/bulletins/{month}/xlsx", month).exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        }
        centre().get().uri("/api/reports/bulletins/{month}/html", "2026-13").exchange().expectStatus()
                .isBadRequest();
        TestIdentity.shared().signedIn(client, TestIdentity.ENTERPRISE).get()
                .uri("/api/reports/bulletins/{month}/xlsx", lastMonth.toString()).exchange().expectStatus()
                .isForbidden();
    }

    /** A project planned at 1亿 a month that completed 1000万 a month up to last month: over 30 points behind. */
    private String redProject() {
        String projectId = UUID.randomUUID().toString();
        String name = "通报测试项目" + projectId.substring(0, 6);
        EventEnvelope registered = CONTRACT.exampleOfProject(codec, "project.registered", projectId);
        ((ObjectNode) registered.data()).put("name", name);
        EventEnvelope plan = CONTRACT.exampleOfProject(codec, "project.annual-plan-set", projectId);
        ObjectNode planned = (ObjectNode) plan.data();
        planned.put("year", lastMonth.getYear()).put("annualAmount", 1_200_000_000L);
        planned.putArray("monthlyAmounts");
        for (int month = 0; month < 12; month++) {
            planned.withArray("monthlyAmounts").add(100_000_000L);
        }
        List<EventEnvelope> events = new ArrayList<>(List.of(registered, plan));
        for (int month = 1; month <= lastMonth.getMonthValue(); month++) {
            EventEnvelope report = CONTRACT.exampleOfProject(codec, "project.investment-reported", projectId);
            ((ObjectNode) report.data()).put("month", YearMonth.of(lastMonth.getYear(), month).toString())
                    .put("completedInvestment", 10_000_000L);
            events.add(ForeignEvents.renumbered(report, report.aggregateid(), report.sequence() + month));
        }
        events.forEach(event -> projection.apply(event).block(Duration.ofSeconds(10)));
        return name;
    }

    private WebTestClient centre() {
        return TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> cells.add(row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue()));
        return cells;
    }
}
