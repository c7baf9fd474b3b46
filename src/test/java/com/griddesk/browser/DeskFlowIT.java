package com.griddesk.browser;

import com.griddesk.support.Browser;
import com.griddesk.support.DemoData;
import com.griddesk.support.GridDeskIntegrationTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer's first hour: take a call as agent, and follow the order to CLOSED through four desks. */
@GridDeskIntegrationTest
class DeskFlowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_call_goes_from_the_console_through_dispatch_acceptance_and_resolution_to_a_closed_callback() {
        String account = new DemoData(jdbc).customerOf("BJ-CQ-S1", 7);
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("agent");
            browser.go("/console");
            browser.find(By.id("q")).sendKeys(account);
            browser.click(By.id("search"));
            browser.click(By.cssSelector(".customer-result"));
            browser.find(By.id("customer-card"));
            new Select(browser.find(By.id("type"))).selectByValue("FAULT_REPAIR");
            new Select(browser.find(By.id("category"))).selectByValue("FAULT_REPAIR.LOW_VOLTAGE");
            browser.find(By.id("contactPhone")).sendKeys("13905550101");
            browser.find(By.id("description")).sendKeys("整栋楼停电了，楼道灯也不亮，请尽快派人");
            // the classifier's suggestion arrives half a second after the last key and pushes the form down
            browser.find(By.id("suggestion"));
            browser.click(By.id("insist1"));
            browser.click(By.id("create"));
            String number = browser.text(By.id("order-number"));
            assertThat(number).matches("GD\\d{15}");
            assertThat(browser.text(By.id("order-status"))).isEqualTo("待派单");

            browser.loginAs("dispatcher");
            browser.go("/board");
            // follow the board's link (on a database shared with other suites the board is long and a
            // click far down can land on the sticky header)
            browser.driver().get(browser.find(By.linkText(number)).getDomProperty("href"));
            browser.click(By.id("do-dispatch"));
            assertThat(browser.text(By.id("order-status"))).isEqualTo("已派单");
            assertThat(browser.text(By.id("order-unit"))).contains("抢修班");

            browser.loginAs("crew");
            browser.go("/orders/" + number);
            browser.click(By.id("do-accept"));
            assertThat(browser.text(By.id("order-status"))).isEqualTo("已接单");
            browser.click(By.id("do-check-in"));
            assertThat(browser.text(By.id("order-status"))).isEqualTo("处理中");
            browser.find(By.id("result")).sendKeys("更换台区低压熔断器，已恢复供电");
            new Select(browser.find(By.id("rootCause"))).selectByValue("EQUIPMENT_AGEING");
            new Select(browser.find(By.id("responsibility"))).selectByValue("COMPANY");
            browser.click(By.id("do-resolve"));
            assertThat(browser.text(By.id("order-status"))).isEqualTo("已办结");

            browser.loginAs("callback");
            // the callback agent's queue pages through every resolved order of a shared database: open it directly
            browser.go("/orders/" + number);
            new Select(browser.find(By.id("satisfaction"))).selectByValue("VERY_SATISFIED");
            browser.click(By.id("do-close"));
            assertThat(browser.text(By.id("order-status"))).isEqualTo("已归档");
            assertThat(browser.driver().findElements(By.cssSelector("#timeline .timeline-action")))
                    .extracting(e -> e.getText())
                    .contains("受理建单", "派单", "接单", "到达现场签到", "办结", "回访归档");
        }
    }
}
