package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MongodbMemoryTest {

    @Test
    void the_default_heap_with_the_serial_collector_unless_a_size_is_given_which_zgc_takes_from_the_start() {
        assertThat(LocalPlatform.mongodbMemory(null)).containsExactly("-XX:+UseSerialGC", "-Xmx256m");
        assertThat(LocalPlatform.mongodbMemory(" ")).containsExactly("-XX:+UseSerialGC", "-Xmx256m");
        assertThat(LocalPlatform.mongodbMemory("4g")).as("all of it from the start")
                .containsExactly("-XX:+UseZGC", "-Xms4g", "-Xmx4g");
        assertThat(LocalPlatform.mongodbMemory("768M")).containsExactly("-XX:+UseZGC", "-Xms768M", "-Xmx768M");
    }

    @Test
    void anything_but_a_size_is_refused_rather_than_passed_to_the_jvm() {
        assertThatThrownBy(() -> LocalPlatform.mongodbMemory("1g -XX:+Foo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KP_MONGODB_HEAP");
        assertThatThrownBy(() -> LocalPlatform.mongodbMemory("lots")).isInstanceOf(IllegalArgumentException.class);
    }
}
