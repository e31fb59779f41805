package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void theBundledProjectsAreFiveObjectsWithNames() {
        List<String> projects = DemoData.projects();

        assertThat(projects).hasSize(5).allSatisfy(project -> assertThat(project).startsWith("{").endsWith("}"));
        assertThat(projects.stream().map(DemoData::name)).containsExactly("天衢国际会展中心", "杨庄水库",
                "中心城区初期雨水治理及雨洪资源利用项目", "汇诺畅远高端装备生产项目", "经开区连接器产业园项目");
        assertThat(projects.get(3)).contains("\"totalInvestment\": \"1200000000.00\"", "\"district\": \"370283\"");
        assertThat(projects.get(0)).doesNotContain("totalInvestment");
    }

    @Test
    void elementsSplitOnlyAtTopLevelCommas() {
        assertThat(DemoData.elements("[{\"a\": [1, 2], \"b\": \"x, \\\"y]\"}, {\"c\": {}} ]"))
                .containsExactly("{\"a\": [1, 2], \"b\": \"x, \\\"y]\"}", "{\"c\": {}}");
        assertThat(DemoData.elements(" [ ] ")).isEmpty();
    }
}
