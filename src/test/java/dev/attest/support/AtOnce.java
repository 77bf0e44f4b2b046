package dev.attest.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.restassured.response.Response;

/** Sends requests from as many threads, released together, so that they reach the service at the same moment. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The answers to {@code count} requests, in the order of their index. */
    public static List<Response> send(int count, IntFunction<Response> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                started.add(clients.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not all " + count + " client threads started within 30 s");
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : started) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
