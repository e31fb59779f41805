package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortInUseIsNamedWithItsPartAndTheSettingThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<PortSetting, Integer> ports = freePorts();
            ports.put(PortSetting.PROJECT, taken.getLocalPort());

            assertThat(PortCheck.problems(ports)).containsExactly("Port " + taken.getLocalPort()
                    + " (project-service) is already in use. Choose another with --project-port=NNNN"
                    + " or KP_PROJECT_PORT=NNNN.");
        }
    }

    @Test
    void aPortTakenOnLoopbackOnlyCountsToo() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Map<PortSetting, Integer> ports = freePorts();
            ports.put(PortSetting.KAFKA_CONTROLLER, taken.getLocalPort());

            assertThat(PortCheck.problems(ports)).singleElement().asString()
                    .contains("Port " + taken.getLocalPort() + " (kafka controller) is already in use")
                    .contains("--kafka-controller-port=NNNN", "KP_KAFKA_CONTROLLER_PORT=NNNN");
        }
    }

    @Test
    void onePortForTwoPartsIsRefused() throws Exception {
        Map<PortSetting, Integer> ports = freePorts();
        ports.put(PortSetting.ISSUE, ports.get(PortSetting.GATEWAY));

        assertThat(PortCheck.problems(ports)).containsExactly("Port " + ports.get(PortSetting.GATEWAY)
                + " is set for both gateway and issue-service. Choose another with --issue-port=NNNN"
                + " or KP_ISSUE_PORT=NNNN.");
    }

    @Test
    void theGatewayManagementPortIsCheckedLikeTheOthers() throws Exception {
        Map<PortSetting, Integer> ports = freePorts();
        ports.put(PortSetting.GATEWAY_MANAGEMENT, ports.get(PortSetting.GATEWAY));

        assertThat(PortCheck.problems(ports)).containsExactly("Port " + ports.get(PortSetting.GATEWAY)
                + " is set for both gateway and gateway management. Choose another with"
                + " --gateway-management-port=NNNN or KP_GATEWAY_MANAGEMENT_PORT=NNNN.");

        try (ServerSocket taken = new ServerSocket(0)) {
            Map<PortSetting, Integer> others = freePorts();
            others.put(PortSetting.GATEWAY_MANAGEMENT, taken.getLocalPort());

            assertThat(PortCheck.problems(others)).containsExactly("Port " + taken.getLocalPort()
                    + " (gateway management) is already in use. Choose another with --gateway-management-port=NNNN"
                    + " or KP_GATEWAY_MANAGEMENT_PORT=NNNN.");
        }
    }

    @Test
    void freePortsPass() throws Exception {
        assertThat(PortCheck.problems(freePorts())).isEmpty();
    }

    /** Ports the system just handed out and released: free unless something grabs them this instant. */
    static Map<PortSetting, Integer> freePorts() throws Exception {
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        ServerSocket[] sockets = new ServerSocket[PortSetting.values().length];
        try {
            for (PortSetting setting : PortSetting.values()) {
                sockets[setting.ordinal()] = new ServerSocket(0);
                ports.put(setting, sockets[setting.ordinal()].getLocalPort());
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }
}
