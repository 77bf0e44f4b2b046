package dev.attest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which addresses may receive webhooks once private addresses are not allowed. */
class ReceiverAddressesTest {

    @Test
    void shouldRefuseLoopbackPrivateLinkLocalAndReservedAddresses() throws Exception {
        for (String literal : List.of("127.0.0.1", "127.9.9.9", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "fe80::1", "fd00::1", "fc00::1", "100.64.0.1", "100.127.255.255",
                "0.0.0.0", "0.1.2.3", "192.0.0.8", "224.0.0.1", "ff02::1", "240.0.0.1", "255.255.255.255", "::")) {
            assertThat(ReceiverAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
        }
    }

    @Test
    void shouldAcceptPublicAddresses() throws Exception {
        for (String literal : List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.0.2.200", "93.184.216.34",
                "2001:4860:4860::8888", "2a00:1450:4001::200e")) {
            assertThat(ReceiverAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
        }
    }

    @Test
    void shouldJudgeAHostByTheAddressItReachesHoweverItIsSpelled() throws Exception {
        // 127.1 and 2130706433 are 127.0.0.1 to the JDK's resolver, and so to the HTTP client; the mapped IPv6 form is
        // the metadata endpoint.
        for (String host : List.of("localhost", "127.1", "2130706433", "[::1]", "[::ffff:169.254.169.254]", "[fd12::1]")) {
            assertThat(ReceiverAddresses.reachesOnlyPublic(host)).as(host).isFalse();
        }
        assertThat(ReceiverAddresses.reachesOnlyPublic("8.8.8.8")).isTrue();
        assertThat(ReceiverAddresses.reachesOnlyPublic("[2001:4860:4860::8888]")).isTrue();
    }

    @Test
    void shouldTellAddressesWrittenOutFromNamesToLookUp() {
        assertThat(List.of("localhost", "LocalHost", "127.0.0.1", "2130706433", "[::1]"))
                .allMatch(ReceiverAddresses::isLiteral);
        assertThat(List.of("hooks.example.com", "localhost.example.com", "10.example.com"))
                .noneMatch(ReceiverAddresses::isLiteral);
    }
}
