package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MongodbHeapTest {

    @Test
    void the_default_heap_unless_a_size_is_given_which_is_taken_from_the_start() {
        assertThat(LocalPlatform.mongodbHeap(null)).containsExactly("-Xmx256m");
        assertThat(LocalPlatform.mongodbHeap(" ")).containsExactly("-Xmx256m");
        assertThat(LocalPlatform.mongodbHeap("1g")).as("all of it from the start").containsExactly("-Xms1g", "-Xmx1g");
        assertThat(LocalPlatform.mongodbHeap("768M")).containsExactly("-Xms768M", "-Xmx768M");
    }

    @Test
    void anything_but_a_size_is_refused_rather_than_passed_to_the_jvm() {
        assertThatThrownBy(() -> LocalPlatform.mongodbHeap("1g -XX:+Foo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KP_MONGODB_HEAP");
        assertThatThrownBy(() -> LocalPlatform.mongodbHeap("lots")).isInstanceOf(IllegalArgumentException.class);
    }
}
