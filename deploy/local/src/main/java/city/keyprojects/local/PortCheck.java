package city.keyprojects.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the ports the platform cannot use, before anything is started. */
final class PortCheck {

    private PortCheck() {
    }

    /** One line per port that is taken twice or already in use; empty when all are free. */
    static List<String> problems(Map<PortSetting, Integer> ports) {
        List<String> problems = new ArrayList<>();
        Map<Integer, PortSetting> seen = new HashMap<>();
        for (Map.Entry<PortSetting, Integer> entry : ports.entrySet()) {
            PortSetting setting = entry.getKey();
            int port = entry.getValue();
            PortSetting other = seen.putIfAbsent(port, setting);
            if (other != null) {
                problems.add(String.format(
                        "Port %d is set for both %s and %s. Choose another with --%s=NNNN or %s=NNNN.",
                        port, other.part(), setting.part(), setting.option(), setting.env()));
            } else if (!isFree(port)) {
                problems.add(String.format("Port %d (%s) is already in use. Choose another with --%s=NNNN or %s=NNNN.",
                        port, setting.part(), setting.option(), setting.env()));
            }
        }
        return problems;
    }

    /**
     * Binds the wildcard address, which conflicts with a listener on any local address. With SO_REUSEADDR, as the
     * servers themselves use, connections of a platform that just stopped (TIME_WAIT) do not count.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
