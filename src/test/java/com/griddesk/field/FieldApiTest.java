package com.griddesk.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.griddesk.field.internal.PhotoStore;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FieldApiTest extends ApiTestBase {

    static final String CREW = "bjcqs1repairc1";
    static final String OTHER_STATION_CREW = "bjcqs2repairc1";
    static final String STATION_HEAD = "bjcqs1head";

    @Autowired
    PhotoStore photoStore;

    OrderFlow flow;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
    }

    String dispatchedToCrew(int nth) {
        String number = flow.create("BJ-CQ-S1", nth, "FAULT_REPAIR.LOW_VOLTAGE", "表箱冒烟，家里没电");
        flow.dispatch(number, "BJ-CQ-S1-REPAIR", CREW);
        return number;
    }

    String path(String number, String action) {
        return "/api/v1/field/orders/" + number + "/" + action;
    }

    Response post(String user, String path, Object body, String key) {
        return api.post(user, path, body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    long timelineCount(String number, String action) {
        return api.get("supervisor", "/api/v1/work-orders/" + number + "/timeline").body().findValuesAsString("action")
                .stream().filter(action::equals).count();
    }

    double[] premiseOf(String number) {
        return jdbc.sql("""
                select p.latitude, p.longitude from field_premise_location p join work_order w on w.customer_id = p.customer_id
                where w.number = ?""").param(number).query((rs, i) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
    }

    Response upload(String user, String number, byte[] bytes, String contentType, String key) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path(number, "photos")
                    + "?caption=" + java.net.URLEncoder.encode("表箱烧损", StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + api.token(user)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), JsonMapper.builder().build().readTree(r.body()), r);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    HttpResponse<byte[]> file(String user, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + api.token(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void the_crew_sees_its_order_and_an_accept_replayed_twice_is_applied_once() {
        String number = dispatchedToCrew(11);

        JsonNode mine = api.get(CREW, "/api/v1/field/orders").body();
        assertThat(mine.findValuesAsString("number")).contains(number);

        String key = UUID.randomUUID().toString();
        Response first = post(CREW, path(number, "accept"), null, key);
        Response replay = post(CREW, path(number, "accept"), null, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("replayed").asBoolean()).isFalse();
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().get("replayed").asBoolean()).isTrue();
        assertThat(timelineCount(number, "ACCEPTED")).isEqualTo(1);
        assertThat(flow.order(number).text("status")).isEqualTo("ACCEPTED");

        Response withoutKey = post(CREW, path(number, "accept"), null, null);
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(withoutKey.text("code")).isEqualTo("illegal-transition");
    }

    @Test
    void an_offline_note_sent_in_parallel_and_again_later_is_recorded_once() throws Exception {
        String number = dispatchedToCrew(12);
        post(CREW, path(number, "accept"), null, null);
        String key = UUID.randomUUID().toString();
        Map<String, String> note = Map.of("text", "表箱内进线端子烧损，需更换");

        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return post(CREW, path(number, "notes"), note, key);
            }));
        }
        start.countDown();
        List<Response> results = new ArrayList<>();
        for (Future<Response> f : answers) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(post(CREW, path(number, "notes"), note, key).body().get("replayed").asBoolean()).isTrue();

        assertThat(timelineCount(number, "FIELD_NOTE")).isEqualTo(1);
        assertThat(results.stream().filter(r -> !r.body().get("replayed").asBoolean()).count()).isEqualTo(1);

        Response reused = post(CREW, path(number, "notes"), Map.of("text", "另一条记录"), key);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.text("code")).isEqualTo("idempotency-key-reused");
    }

    @Test
    void on_my_way_records_the_eta_and_check_in_measures_the_distance_from_the_premise() {
        String number = dispatchedToCrew(13);
        post(CREW, path(number, "accept"), null, null);

        Response going = post(CREW, path(number, "on-the-way"), Map.of("etaMinutes", 25), null);
        assertThat(going.status()).isEqualTo(200);
        assertThat(timelineCount(number, "CREW_ON_THE_WAY")).isEqualTo(1);

        double[] premise = premiseOf(number);
        Response near = post(CREW, path(number, "check-in"),
                Map.of("latitude", premise[0] + 0.0002, "longitude", premise[1], "accuracy", 8.0), null);
        assertThat(near.status()).isEqualTo(200);
        assertThat(near.body().get("distanceMeters").asDouble()).isBetween(15.0, 30.0);
        assertThat(near.body().get("far").asBoolean()).isFalse();
        assertThat(flow.order(number).text("status")).isEqualTo("IN_PROGRESS");

        Response far = post(CREW, path(number, "check-in"), Map.of("latitude", premise[0] + 0.02, "longitude", premise[1]), null);
        assertThat(far.body().get("distanceMeters").asDouble()).isBetween(2000.0, 2400.0);
        assertThat(far.body().get("far").asBoolean()).isTrue();

        JsonNode record = api.get("supervisor", "/api/v1/field/orders/" + number).body();
        assertThat(record.get("trips")).hasSize(1);
        assertThat(record.get("checkIns")).hasSize(2);
        assertThat(record.get("premise").get("latitude").asDouble()).isEqualTo(premise[0]);
    }

    @Test
    void bad_positions_and_eta_are_422_problems_naming_the_field() {
        String number = dispatchedToCrew(14);
        post(CREW, path(number, "accept"), null, null);

        Response lat = post(CREW, path(number, "check-in"), Map.of("latitude", 91.0, "longitude", 120.0), null);
        assertThat(lat.status()).isEqualTo(422);
        assertThat(lat.body().get("errors").get(0).get("field").asString()).isEqualTo("latitude");

        Response missing = post(CREW, path(number, "check-in"), Map.of("latitude", 30.0), null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("longitude");

        Response eta = post(CREW, path(number, "on-the-way"), Map.of("etaMinutes", 0), null);
        assertThat(eta.status()).isEqualTo(422);
        assertThat(eta.body().get("errors").get(0).get("field").asString()).isEqualTo("etaMinutes");

        Response notMine = post(OTHER_STATION_CREW, path(number, "on-the-way"), Map.of("etaMinutes", 20), null);
        assertThat(notMine.status()).isEqualTo(404);
    }

    @Test
    void a_photo_is_resized_stored_by_its_hash_and_served_only_to_those_who_may_see_the_order() throws Exception {
        String number = dispatchedToCrew(15);
        post(CREW, path(number, "accept"), null, null);

        byte[] upload = TestImages.png(3000, 2000);
        Response created = upload(CREW, number, upload, "application/octet-stream", UUID.randomUUID().toString());

        assertThat(created.status()).isEqualTo(201);
        JsonNode photo = created.body();
        assertThat(photo.get("width").asInt()).isEqualTo(1600);
        assertThat(photo.get("height").asInt()).isEqualTo(1067);
        assertThat(photo.get("originalType").asString()).isEqualTo("image/png");
        assertThat(photo.get("caption").asString()).isEqualTo("表箱烧损");
        String sha = photo.get("sha256").asString();
        byte[] stored = Files.readAllBytes(photoStore.path(sha));
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(stored)))
                .isEqualTo(sha);
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(stored[1] & 0xFF).isEqualTo(0xD8);

        String file = "/api/v1/field/photos/" + photo.get("id").asLong();
        HttpResponse<byte[]> mine = file(CREW, file);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(mine.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
        assertThat(mine.body()).isEqualTo(stored);
        assertThat(file(CREW, file + "?size=thumb").body().length).isLessThan(stored.length);
        assertThat(file(OTHER_STATION_CREW, file).statusCode()).isEqualTo(404);
        assertThat(timelineCount(number, "PHOTO_ADDED")).isEqualTo(1);
    }

    @Test
    void a_non_image_is_refused_with_a_422_problem_whatever_it_claims_to_be() {
        String number = dispatchedToCrew(16);
        post(CREW, path(number, "accept"), null, null);

        Response text = upload(CREW, number, "这不是照片".getBytes(StandardCharsets.UTF_8), "image/jpeg", null);
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.header("Content-Type")).startsWith("application/problem+json");
        assertThat(text.text("code")).isEqualTo("unsupported-image");
        assertThat(text.body().get("errors").get(0).get("field").asString()).isEqualTo("photo");

        byte[] fakeJpeg = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03, 0x04 };
        assertThat(upload(CREW, number, fakeJpeg, "image/jpeg", null).text("code")).isEqualTo("unsupported-image");
        assertThat(timelineCount(number, "PHOTO_ADDED")).isZero();
    }

    @Test
    void the_crew_consults_the_station_head_who_answers_from_his_queue() {
        String number = dispatchedToCrew(17);
        post(CREW, path(number, "accept"), null, null);
        long photoId = upload(CREW, number, TestImages.jpeg(800, 600), "image/jpeg", null).body().get("id").asLong();

        Response asked = post(CREW, path(number, "consultation"),
                Map.of("body", "@" + STATION_HEAD + " 进线端子烧损，是否需要停电更换表箱？", "photoIds", List.of(photoId)), null);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().get("mentions").get(0).get("answeredAt")).isNull();

        JsonNode queue = api.get(STATION_HEAD, "/api/v1/field/consultations").body();
        assertThat(queue.findValuesAsString("orderNumber")).contains(number);
        assertThat(file(STATION_HEAD, "/api/v1/field/photos/" + photoId).statusCode()).isEqualTo(200);

        Response answer = post(STATION_HEAD, path(number, "consultation"), Map.of("body", "同意，先拉开表前开关再更换。"), null);
        assertThat(answer.body().get("messages")).hasSize(2);
        assertThat(answer.body().get("mentions").get(0).get("answeredAt")).isNotNull();
        assertThat(api.get(STATION_HEAD, "/api/v1/field/consultations").body().findValuesAsString("orderNumber"))
                .doesNotContain(number);

        String outsider = "bjcqs2head";
        String photo = "/api/v1/field/photos/" + photoId;
        assertThat(api.get(outsider, "/api/v1/field/orders/" + number + "/consultation").status()).isEqualTo(404);
        assertThat(file(outsider, photo).statusCode()).isEqualTo(404);
        post(CREW, path(number, "consultation"), Map.of("body", "也请东湖所看看", "mentions", List.of(outsider)), null);
        assertThat(api.get(outsider, "/api/v1/field/orders/" + number + "/consultation").status()).isEqualTo(200);
        assertThat(file(outsider, photo).statusCode()).isEqualTo(200);
        assertThat(api.get(outsider, "/api/v1/work-orders/" + number).status()).isEqualTo(404);

        Response unknown = post(CREW, path(number, "consultation"), Map.of("body", "@nobody_here 请看"), null);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("mentions");
    }

    @Test
    void finishing_records_materials_and_confirmation_and_resolves_the_order() {
        String number = dispatchedToCrew(18);
        post(CREW, path(number, "accept"), null, null);

        Response unsigned = post(CREW, path(number, "finish"), Map.of("result", "更换表箱进线", "rootCause", "EQUIPMENT_AGEING",
                "confirmation", "SIGNED_ON_SITE"), null);
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.body().get("errors").get(0).get("field").asString()).isEqualTo("confirmedBy");

        Response done = post(CREW, path(number, "finish"), Map.of("result", "更换表箱进线端子，已恢复供电",
                "rootCause", "EQUIPMENT_AGEING", "confirmation", "SIGNED_ON_SITE", "confirmedBy", "李女士",
                "materials", List.of(Map.of("name", "接线端子", "quantity", "2", "unit", "个"),
                        Map.of("name", "绝缘胶带", "quantity", "0.5", "unit", "卷"))), UUID.randomUUID().toString());
        assertThat(done.status()).isEqualTo(200);

        Response order = flow.order(number);
        assertThat(order.text("status")).isEqualTo("RESOLVED");
        assertThat(order.text("responsibility")).isEqualTo("COMPANY");
        JsonNode completion = api.get("supervisor", "/api/v1/field/orders/" + number).body().get("completions").get(0);
        assertThat(completion.get("confirmedBy").asString()).isEqualTo("李女士");
        assertThat(completion.get("materials")).hasSize(2);
        assertThat(completion.get("materials").get(1).get("quantity").asDouble()).isEqualTo(0.5);
    }

    @Test
    void premise_coordinates_are_set_by_supervisors_and_validated() {
        String account = demo.customerOf("BJ-CQ-S1", 19);
        Response crew = api.raw("PUT", "/api/v1/field/premises/" + account + "/location",
                "{\"latitude\": 30.2, \"longitude\": 120.2}", "application/json", Map.of("Authorization", "Bearer " + api.token(CREW)));
        assertThat(crew.status()).isEqualTo(403);
        Response ok = api.raw("PUT", "/api/v1/field/premises/" + account + "/location",
                "{\"latitude\": 30.21, \"longitude\": 120.22, \"source\": \"GIS\"}", "application/json",
                Map.of("Authorization", "Bearer " + api.token("supervisor")));
        assertThat(ok.status()).isEqualTo(204);
        Response bad = api.raw("PUT", "/api/v1/field/premises/" + account + "/location",
                "{\"latitude\": 30.21, \"longitude\": 181}", "application/json",
                Map.of("Authorization", "Bearer " + api.token("supervisor")));
        assertThat(bad.status()).isEqualTo(422);
    }
}
