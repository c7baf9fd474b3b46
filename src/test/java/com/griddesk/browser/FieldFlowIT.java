package com.griddesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.griddesk.field.TestImages;
import com.griddesk.support.ApiClient;
import com.griddesk.support.Browser;
import com.griddesk.support.DemoData;
import com.griddesk.support.GridDeskIntegrationTest;
import com.griddesk.support.OrderFlow;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repair crew's order on a phone (390 × 844, geolocation from the DevTools protocol): accept, set
 * off, check in at the premise, photograph the meter box, write a note while the network is down,
 * consult the station head, and finish with materials and the customer's signature.
 */
@GridDeskIntegrationTest
class FieldFlowIT {

    static final String CREW = "bjcqs1repairc1";
    static final String EXPERT = "bjcqs1head";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_crew_accepts_goes_checks_in_photographs_consults_and_finishes_on_a_phone() throws Exception {
        ApiClient api = new ApiClient(port);
        OrderFlow flow = new OrderFlow(api, new DemoData(jdbc), jdbc);
        String number = flow.create("BJ-CQ-S1", 31, "FAULT_REPAIR.LOW_VOLTAGE", "表箱冒烟，家里没电了");
        flow.dispatch(number, "BJ-CQ-S1-REPAIR", CREW);
        double[] premise = jdbc.sql("""
                select p.latitude, p.longitude from field_premise_location p join work_order w on w.customer_id = p.customer_id
                where w.number = ?""").param(number).query((rs, i) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
        Path photo = Files.createTempFile("meter-box-", ".jpg");
        Files.write(photo, TestImages.jpeg(2400, 1800));

        try (Browser browser = Browser.open(port, new Dimension(390, 844))) {
            try {
                walkThrough(browser, api, number, premise, photo);
            }
            catch (RuntimeException | AssertionError ex) {
                // what the phone showed when it went wrong, next to the failsafe report
                Files.writeString(Path.of("target", "FieldFlowIT-failure.html"), browser.driver().getPageSource());
                throw ex;
            }
        }
        finally {
            Files.deleteIfExists(photo);
        }
        assertRecorded(api, number);
    }

    private void walkThrough(Browser browser, ApiClient api, String number, double[] premise, Path photo) {
        ChromeDriver chrome = browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        browser.loginAs(CREW);
        chrome.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));

        browser.go("/m");
        tap(browser, By.cssSelector(".field-order[data-number='" + number + "']"));
        tap(browser, By.id("do-accept"));
        shows(browser, By.id("order-status"), "已接单");

        new Select(browser.find(By.id("eta"))).selectByValue("30");
        tap(browser, By.id("do-on-the-way"));
        shows(browser, By.id("trip"), "已出发");

        chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", premise[0] + 0.0001, "longitude", premise[1] + 0.0001, "accuracy", 10));
        tap(browser, By.id("do-check-in"));
        shows(browser, By.id("order-status"), "处理中");
        shows(browser, By.id("check-in-result"), "已签到，距客户地址约");

        browser.find(By.id("photo")).sendKeys(photo.toString());
        browser.find(By.cssSelector("#photos img.photo-thumb"));

        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        browser.find(By.id("note")).sendKeys("表箱内进线端子烧损，已拉开表前开关");
        tap(browser, By.id("do-note"));
        wait(browser).until(d -> "1".equals(d.findElement(By.id("outbox-status")).getAttribute("data-pending")));
        shows(browser, By.id("outbox-status"), "离线");
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        shows(browser, By.id("field-log"), "表箱内进线端子烧损");

        tap(browser, By.id("consult"));
        browser.find(By.id("message")).sendKeys("@" + EXPERT + " 进线端子烧损，是否需要整体更换表箱？");
        tap(browser, By.cssSelector("input[name='photoIds']"));
        tap(browser, By.id("do-post"));
        shows(browser, By.id("mentions"), "待答复");
        assertThat(browser.driver().findElements(By.cssSelector("#thread .message img"))).hasSize(1);

        api.post(EXPERT, "/api/v1/field/orders/" + number + "/consultation", Map.of("body", "更换端子即可，表箱不用换。"));
        browser.driver().navigate().refresh();
        shows(browser, By.id("thread"), "更换端子即可");
        shows(browser, By.id("mentions"), "已答复");

        tap(browser, By.id("back"));
        tap(browser, By.cssSelector("#finish-card summary"));
        browser.find(By.id("finish-result")).sendKeys("更换表箱进线端子，已恢复供电");
        new Select(browser.find(By.id("finish-root-cause"))).selectByValue("EQUIPMENT_AGEING");
        browser.find(By.id("material-0")).sendKeys("接线端子");
        browser.find(By.id("material-qty-0")).sendKeys("2");
        tap(browser, By.id("confirm-SIGNED_ON_SITE"));
        browser.find(By.id("confirmed-by")).sendKeys("李女士");
        tap(browser, By.id("do-finish"));
        shows(browser, By.id("order-status"), "已办结");
        shows(browser, By.id("resolved"), "更换表箱进线端子");
    }
    /** Clicks as a thumb would: the element brought to the middle of the screen first, clear of the sticky header. */
    private static void tap(Browser browser, By by) {
        browser.find(by);
        wait(browser).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            var element = d.findElement(by);
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** Waits until the element shows the text; the outbox swaps sections in place, so a found element may go stale. */
    private static void shows(Browser browser, By by, String text) {
        wait(browser).until(d -> d.findElement(by).getText().contains(text));
    }

    private static WebDriverWait wait(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void assertRecorded(ApiClient api, String number) {
        JsonNode record = api.get("supervisor", "/api/v1/field/orders/" + number).body();
        assertThat(record.get("trips")).hasSize(1);
        assertThat(record.get("checkIns")).hasSize(1);
        assertThat(record.get("checkIns").get(0).get("distanceMeters").asDouble()).isLessThan(30.0);
        assertThat(record.get("checkIns").get(0).get("far").asBoolean()).isFalse();
        assertThat(record.get("photos")).hasSize(1);
        assertThat(record.get("photos").get(0).get("width").asInt()).isEqualTo(1600);
        assertThat(record.get("completions").get(0).get("confirmedBy").asString()).isEqualTo("李女士");
        assertThat(record.get("completions").get(0).get("materials").get(0).get("name").asString()).isEqualTo("接线端子");
        JsonNode timeline = api.get("supervisor", "/api/v1/work-orders/" + number + "/timeline").body();
        assertThat(timeline.findValuesAsString("action").stream().filter("FIELD_NOTE"::equals)).hasSize(1);
        assertThat(timeline.findValuesAsString("action")).contains("ACCEPTED", "CREW_ON_THE_WAY", "CHECKED_IN",
                "PHOTO_ADDED", "CONSULTATION_POSTED", "FIELD_COMPLETED", "RESOLVED");
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + number).text("status")).isEqualTo("RESOLVED");
    }
}
