package city.keyprojects.deploy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromqlMetricNamesTest {

    @Test
    void aBareSelectorIsItsMetricName() {
        assertThat(PromqlMetricNames.of("up")).containsExactly("up");
    }

    @Test
    void functionsAndAggregationsAreNotMetrics() {
        assertThat(PromqlMetricNames.of("sum(rate(outbox_events_published_total[5m]))"))
                .containsExactly("outbox_events_published_total");
    }

    @Test
    void labelMatchersAndTheirValuesAreSkipped() {
        assertThat(PromqlMetricNames.of(
                "http_server_requests_seconds_count{application=~\"$application\", status=~\"5..\", uri!~\"/a{1}\"}"))
                .containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void groupingListsBeforeOrAfterTheArgumentAreLabels() {
        assertThat(PromqlMetricNames.of("sum by (application, uri) (a_total) + sum(b_total) without (instance)"))
                .containsExactly("a_total", "b_total");
    }

    @Test
    void vectorMatchingListsAreLabels() {
        assertThat(PromqlMetricNames.of(
                "a / on (application) group_left (department) b and ignoring(job) c or d unless on() e"))
                .containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void rangesSubqueriesOffsetsAndNumbersAreSkipped() {
        assertThat(PromqlMetricNames.of(
                "max_over_time(deriv(x[1h:5m])[$__rate_interval:]) > y offset 1d * 1.5e3 - 0x1f + 1/60"))
                .containsExactly("x", "y");
    }

    @Test
    void keywordsAndGrafanaVariablesAreSkipped() {
        assertThat(PromqlMetricNames.of("a > bool ${threshold} or $other and Inf < NaN"))
                .containsExactly("a");
    }

    @Test
    void histogramSuffixesAndRecordedNamesAreKeptAsWritten() {
        assertThat(PromqlMetricNames.of("histogram_quantile(0.99, sum by (le) (rate(h_seconds_bucket[5m])))"
                + " / h_seconds_count + h_seconds_sum + application:x:rate5m"))
                .containsExactlyInAnyOrder("h_seconds_bucket", "h_seconds_count", "h_seconds_sum",
                        "application:x:rate5m");
    }

    @Test
    void stringArgumentsAndCommentsAreSkipped() {
        assertThat(PromqlMetricNames.of("label_replace(a, \"dst\", \"$1\", \"src\", \"(.*)\") # b_total\n+ c"))
                .containsExactly("a", "c");
    }

    @Test
    void aFunctionNameFollowedBySpacesBeforeItsParenthesisIsStillAFunction() {
        assertThat(PromqlMetricNames.of("sum (rate (a[5m]))")).containsExactly("a");
    }

    @Test
    void anUnbalancedSelectorIsRefused() {
        assertThatThrownBy(() -> PromqlMetricNames.of("a{job=\"x\"")).isInstanceOf(IllegalArgumentException.class);
    }
}
