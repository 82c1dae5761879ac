package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EmbeddedEngineTest {

    @Autowired
    EmbeddedEngine engine;
    @Autowired
    ProcessDeployer deployer;
    @Autowired
    DeploymentLog deploymentLog;

    @Test
    void gateway_accepts_connections_on_loopback_only() throws IOException {
        InetSocketAddress bound = engine.gatewayAddress();
        assertThat(bound.getAddress().isLoopbackAddress()).as("gateway bound to %s", bound).isTrue();
        try (Socket local = new Socket(InetAddress.getLoopbackAddress(), bound.getPort())) {
            assertThat(local.isConnected()).isTrue();
        }
        List<InetAddress> external = nonLoopbackAddresses();
        assertThat(external).as("this machine's network addresses").isNotEmpty();
        for (InetAddress address : external) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, bound.getPort()), 2000);
                }
            }).as("connection to the engine on %s", address).isInstanceOf(IOException.class);
        }
    }

    @Test
    void deploying_unchanged_files_again_creates_no_new_version() {
        List<DeployedProcess> first = deployer.deployAll();
        long logged = deploymentLog.entries().stream().filter(e -> e.processId().equals("claim-follow-up")).count();
        List<DeployedProcess> second = deployer.deployAll();

        assertThat(first).extracting(DeployedProcess::processId)
                .contains("claim-follow-up", "documentation-request", "appeal", "write-off-review");
        assertThat(second).extracting(DeployedProcess::version)
                .containsExactlyElementsOf(first.stream().map(DeployedProcess::version).toList());
        // analysts may have deployed versions of their own in this engine (design tests): none is added here
        assertThat(deploymentLog.entries()).filteredOn(e -> e.processId().equals("claim-follow-up")).hasSize((int) logged);
    }

    /** Addresses other hosts could use to reach this machine (a veth/eth address; IPv4 is enough). */
    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
    }
}
