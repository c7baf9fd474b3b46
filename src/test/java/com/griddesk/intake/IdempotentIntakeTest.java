package com.griddesk.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.griddesk.support.ApiClient;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.DemoData;
import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentIntakeTest extends ApiTestBase {

    private Map<String, Object> call(String phone) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf("BJ-JN-S3", 4), phone));
        body.put("insist", true);
        return body;
    }

    @Test
    void a_retried_create_with_the_same_key_returns_the_same_order() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = call("13922220001");
        Response first = api.post("agent", "/api/v1/work-orders", body, Map.of("Idempotency-Key", key));
        Response retry = api.post("agent", "/api/v1/work-orders", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("number")).isEqualTo(first.text("number"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(demo.orderCount("contact_phone = ?", "13922220001")).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_request_is_refused() {
        String key = UUID.randomUUID().toString();
        api.post("agent", "/api/v1/work-orders", call("13922220002"), Map.of("Idempotency-Key", key));
        Response other = api.post("agent", "/api/v1/work-orders", call("13922220003"), Map.of("Idempotency-Key", key));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("idempotency-key-reused");
        assertThat(demo.orderCount("contact_phone = ?", "13922220003")).isZero();
    }

    @Test
    void parallel_duplicate_submits_create_exactly_one_order() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = call("13922220004");
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("agent", "/api/v1/work-orders", body, Map.of("Idempotency-Key", key));
                }));
            }
            api.token("agent");
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            assertThat(responses).extracting(Response::status).containsOnly(201);
            assertThat(responses).extracting(r -> r.text("number")).containsOnly(responses.get(0).text("number"));
            assertThat(demo.orderCount("contact_phone = ?", "13922220004")).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keys_belong_to_the_caller_so_two_agents_never_collide() {
        String key = UUID.randomUUID().toString();
        Response mine = api.post("agent", "/api/v1/work-orders", call("13922220005"), Map.of("Idempotency-Key", key));
        Response theirs = api.post("supervisor", "/api/v1/work-orders", call("13922220006"), Map.of("Idempotency-Key", key));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.text("number")).isNotEqualTo(mine.text("number"));
    }
}
