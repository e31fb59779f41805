package city.keyprojects.reporting.lights.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import city.keyprojects.reporting.lights.domain.LightRules;

class LightsPropertiesTest {

    @Test
    void without_configuration_the_thresholds_are_the_issues() {
        assertThat(bind(Map.of()).rules())
                .isEqualTo(new LightRules(BigDecimal.TEN, new BigDecimal("30"), 1, 3));
    }

    @Test
    void each_threshold_can_be_configured() {
        LightsProperties properties = bind(Map.of("reporting.lights.yellow-from-points", "5",
                "reporting.lights.red-above-points", "20.5", "reporting.lights.not-started-yellow-after-months", "2",
                "reporting.lights.not-started-red-after-months", "4"));
        assertThat(properties.rules()).isEqualTo(new LightRules(new BigDecimal("5"), new BigDecimal("20.5"), 2, 4));
    }

    @Test
    void thresholds_that_contradict_each_other_stop_the_report_being_built() {
        LightsProperties properties = bind(Map.of("reporting.lights.yellow-from-points", "40"));
        assertThatThrownBy(() -> new LightsReportBuilder(properties)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redAbovePoints");
    }

    @Test
    void the_shipped_configuration_sets_every_threshold_under_its_bound_name() throws IOException {
        List<PropertySource<?>> shipped = new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"));
        // A misspelt key would be ignored and the default used: each must be there under the name bound.
        for (String key : List.of("yellow-from-points", "red-above-points", "not-started-yellow-after-months",
                "not-started-red-after-months")) {
            assertThat(shipped).anySatisfy(source -> assertThat(source.getProperty("reporting.lights." + key))
                    .as(key).isNotNull());
        }
        LightsProperties properties = new Binder(ConfigurationPropertySources.from(shipped))
                .bindOrCreate("reporting.lights", LightsProperties.class);
        assertThat(properties.rules()).isEqualTo(new LightRules(BigDecimal.TEN, new BigDecimal("30"), 1, 3));
    }

    private static LightsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("reporting.lights",
                LightsProperties.class);
    }
}
