package city.keyprojects.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a demo project has been through, applied through the gateway as the key-project centre right after it is
 * registered ({@code demo/progress.tsv}): its responsible leader and department with the demo project officer,
 * its stage moves, this year's annual plan and the monthly reports of the months that have ended.
 */
final class DemoProgress {

    static final String RESOURCE = "/demo/progress.tsv";
    /** The demo project officer of the README, who answers for every demo project. */
    static final String OFFICER = "officer";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** One line of the file. */
    record Progress(String name, String leader, String department, List<String> stageMoves, BigDecimal annualPlan,
            List<BigDecimal> completedByMonth) {
    }

    /** Something the gateway refused. */
    static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    private DemoProgress() {
    }

    /** The progress of every demo project that has some, by name. */
    static Map<String, Progress> bundled() {
        try (InputStream in = DemoProgress.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Progress> parse(String text) {
        Map<String, Progress> byName = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), 6);
            byName.put(cells[0], new Progress(cells[0], cells[1], cells[2], list(cells[3]),
                    blank(cells[4]) ? null : new BigDecimal(cells[4].strip()),
                    list(cells[5]).stream().map(BigDecimal::new).toList()));
        }
        return byName;
    }

    /**
     * Applies a project's progress as of {@code thisMonth}: responsibility, stage moves, the plan of
     * {@code thisMonth}'s year and the reports of its months before {@code thisMonth}.
     */
    static void apply(HttpClient http, URI gateway, String token, String projectId, Progress progress,
            YearMonth thisMonth) throws IOException, InterruptedException, RefusedException {
        String project = "api/projects/" + projectId;
        send(http, gateway.resolve(project + "/responsibility"), "PUT", token, "{\"leader\":\"" + progress.leader()
                + "\",\"department\":\"" + progress.department() + "\",\"officer\":\"" + OFFICER + "\"}");
        for (String move : progress.stageMoves()) {
            boolean fastTrack = move.endsWith("!");
            String stage = fastTrack ? move.substring(0, move.length() - 1) : move;
            long version = version(send(http, gateway.resolve(project), "GET", token, null));
            send(http, gateway.resolve(project + "/stage-changes"), "POST", token, "{\"version\":" + version
                    + ",\"to\":\"" + stage + "\"" + (fastTrack
                            ? ",\"fastTrack\":true,\"reason\":\"拿地即开工（演示数据）\"" : "") + "}");
        }
        if (progress.annualPlan() == null) {
            return;
        }
        int year = thisMonth.getYear();
        send(http, gateway.resolve(project + "/annual-plans/" + year), "PUT", token, "{\"revision\":0,"
                + "\"annualAmount\":\"" + money(progress.annualPlan()) + "\",\"monthlyAmounts\":"
                + monthly(progress.annualPlan()) + "}");
        int months = Math.min(progress.completedByMonth().size(), thisMonth.getMonthValue() - 1);
        for (int month = 1; month <= months; month++) {
            send(http, gateway.resolve(project + "/monthly-reports/" + YearMonth.of(year, month)), "PUT", token,
                    "{\"revision\":0,\"completedInvestment\":\"" + money(progress.completedByMonth().get(month - 1))
                            + "\",\"physicalProgress\":" + Math.min(100, month * 8) + ",\"narrative\":\"按计划推进（演示数据）\"}");
        }
    }

    /** Twelve equal monthly amounts (to the fen), December taking the rounding, adding up to the annual plan. */
    static String monthly(BigDecimal annual) {
        BigDecimal month = annual.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
        List<String> amounts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            amounts.add("\"" + money(month) + "\"");
        }
        amounts.add("\"" + money(annual.subtract(month.multiply(BigDecimal.valueOf(11)))) + "\"");
        return "[" + String.join(",", amounts) + "]";
    }

    private static String send(HttpClient http, URI uri, String method, String token, String body)
            throws IOException, InterruptedException, RefusedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new RefusedException(method + " " + uri + " answered " + response.statusCode() + ":\n"
                    + response.body());
        }
        return response.body();
    }

    private static long version(String project) throws RefusedException {
        Matcher version = VERSION.matcher(project);
        if (!version.find()) {
            throw new RefusedException("The project read has no version: " + project);
        }
        return Long.parseLong(version.group(1));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<String> list(String cell) {
        return blank(cell) ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    private static boolean blank(String cell) {
        return cell == null || cell.isBlank();
    }
}
