package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Retraining makes a new version; orders keep the version that classified them. */
class ModelRetrainingTest extends ApiTestBase {

    private Response take(String text, Map<String, Object> extra) {
        Response r = api.post("agent", "/api/v1/work-orders", TextMiningFixtures.demand("PHONE", text, extra));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r;
    }

    private JsonNode classification(String number) {
        return api.get("admin", "/api/v1/textmining/orders/" + number).body().get("classification");
    }

    @Test
    void retraining_makes_a_candidate_and_switching_does_not_touch_orders_classified_before() {
        int before = api.get("admin", "/api/v1/textmining/models").body().get(0).get("version").asInt();
        String old = take("我家电表充了钱还是不来电，麻烦派人看看", Map.of()).text("number");
        take("营业厅排队一个半小时只开一个窗口，投诉", Map.of("category", "COMPLAINT.SERVICE.CHANNEL"));
        JsonNode oldClassification = classification(old);
        int oldVersion = oldClassification.get("modelVersion").asInt();

        Response retrained = api.post("admin", "/api/v1/textmining/models", null);
        assertThat(retrained.status()).as(retrained.raw().body()).isEqualTo(201);
        JsonNode candidate = retrained.body().get("candidate");
        int version = candidate.get("version").asInt();
        assertThat(version).isGreaterThan(before);
        assertThat(candidate.get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(candidate.get("confirmedTexts").asInt()).isPositive();
        assertThat(candidate.get("trainedTexts").asInt()).isGreaterThan(3000);
        assertThat(retrained.body().get("comparison").size()).isEqualTo(5);
        assertThat(retrained.body().get("comparison").get(0).get("metric").asString()).isEqualTo("topLevelAccuracy");

        Response activated = api.post("admin", "/api/v1/textmining/models/" + version + "/activate", null);
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.text("status")).isEqualTo("ACTIVE");

        assertThat(classification(old)).isEqualTo(oldClassification);
        assertThat(classification(old).get("modelVersion").asInt()).isEqualTo(oldVersion);
        String fresh = take("我家电表充了钱还是不来电，麻烦派人看看", Map.of()).text("number");
        assertThat(classification(fresh).get("modelVersion").asInt()).isEqualTo(version);
        assertThat(api.post("agent", "/api/v1/textmining/classify", Map.of("text", "停电了")).body()
                .get("modelVersion").asInt()).isEqualTo(version);

        JsonNode versions = api.get("admin", "/api/v1/textmining/models").body();
        assertThat(versions.toString()).contains("\"version\":" + oldVersion);
        assertThat(api.get("admin", "/api/v1/textmining/models/" + oldVersion).text("status")).isEqualTo("RETIRED");
    }

    @Test
    void only_an_admin_may_retrain_or_switch() {
        assertThat(api.post("agent", "/api/v1/textmining/models", null).status()).isEqualTo(403);
        assertThat(api.post("supervisor", "/api/v1/textmining/models/1/activate", null).status()).isEqualTo(403);
    }

    @Test
    void an_unknown_version_is_a_404_problem() {
        Response r = api.post("admin", "/api/v1/textmining/models/9999/activate", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("type")).isEqualTo("https://griddesk.org/problems/model-not-found");
    }
}
