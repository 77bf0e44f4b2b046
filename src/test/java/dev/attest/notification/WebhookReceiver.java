package dev.attest.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for tests on a free loopback port: records every request to its own path and answers with the
 * statuses it was given, in turn, then 200. Requests to other paths (deliveries of other tests' webhooks that happen to
 * reach this port) get 404 and are not recorded.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with its header names in lower case. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final String path = "/hooks/" + UUID.randomUUID();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

    private WebhookReceiver(List<Integer> answers) throws IOException {
        this.answers.addAll(answers);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A receiver answering these statuses first, then 200. */
    public static WebhookReceiver answering(Integer... statuses) {
        try {
            return new WebhookReceiver(List.of(statuses));
        } catch (IOException e) {
            throw new IllegalStateException("No loopback port for the test receiver", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            received.add(new Received(headers, text));
            Integer status = answers.poll();
            byte[] answer = "{\"received\": true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
