package dev.attest.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which addresses may receive webhooks. A consultant chooses the URL and the service POSTs to it, so without a check a
 * webhook could reach what only the service's own network can: the cloud's metadata endpoint (169.254.169.254), an
 * admin port on localhost, a database on the private network. Only public unicast addresses are accepted, unless
 * {@code attest.webhooks.allow-private-addresses} is on (development, tests, a receiver inside the same network).
 */
public final class ReceiverAddresses {

    /** The reason a delivery or a URL is refused, as a delivery's last error and a field's reason show it. */
    public static final String NOT_PUBLIC = "the receiver's address is not public (loopback, private, link-local or reserved)";

    private ReceiverAddresses() {
    }

    /** Whether {@code address} is a public unicast address. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 // 0.0.0.0/8, "this network"
                && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                && first < 240; // 240.0.0.0/4, reserved, and the broadcast address
    }

    /**
     * Whether every address {@code host} resolves to is public. Resolved the way the HTTP client will resolve it, so a
     * name, a literal in any spelling ({@code 2130706433}, {@code 127.1}) and an IPv4-mapped IPv6 literal are judged
     * by the address they reach.
     */
    public static boolean reachesOnlyPublic(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return Arrays.stream(InetAddress.getAllByName(bare)).allMatch(ReceiverAddresses::isPublic);
    }

    /**
     * Whether {@code host} is written as an address (or is {@code localhost}) rather than as a name to look up: such a
     * host can be judged when the URL is registered, without asking DNS.
     */
    public static boolean isLiteral(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("[") || name.matches("[0-9.]+");
    }
}
