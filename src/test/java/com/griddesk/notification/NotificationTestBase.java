package com.griddesk.notification;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.griddesk.notification.demo.DemoMailbox;
import com.griddesk.notification.demo.DemoSmsc;
import com.griddesk.notification.internal.Relay;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import static org.awaitility.Awaitility.await;

/** The running application with its demo SMSC and SMTP server; tests drive the relay themselves. */
public abstract class NotificationTestBase extends ApiTestBase {

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    protected Relay relay;

    @Autowired
    protected DemoSmsc smsc;

    @Autowired
    protected DemoMailbox mailbox;

    @Autowired
    protected Notifications notifications;

    @Autowired
    protected TestClock clock;

    @Autowired
    private com.griddesk.notification.internal.SmppGateway gateway;

    /** Whether the relay's SMPP session is bound (it notices a dropped session a moment later). */
    protected boolean smscBound() {
        return gateway.bound();
    }

    /** Ten in the morning in Shanghai today: outside quiet hours, whenever the tests run. */
    protected static final java.time.Instant DAYTIME = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();

    @org.junit.jupiter.api.BeforeEach
    void daytime() {
        clock.travelTo(DAYTIME);
        // what other tests (and the demo world) left queued goes out first, so each test sees only its own rows
        for (int i = 0; i < 20 && relay.runOnce().handed() > 0; i++) {
            continue;
        }
    }

    @AfterEach
    void resetGateways() {
        clock.reset();
        smsc.refuseNextBinds(0);
        smsc.sendReceipts(true);
    }

    /** A mobile number no other test uses. */
    protected static String newMobile() {
        return String.format("1377%07d", (System.nanoTime() / 1000 + PHONES.incrementAndGet() * 7919L) % 10_000_000);
    }

    /** Runs the relay until the notification's state satisfies the condition (10 s at most). */
    protected DeliveryState awaitState(long id, Predicate<DeliveryState> condition) {
        DeliveryState[] last = new DeliveryState[1];
        try {
            await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
                relay.runOnce();
                last[0] = notifications.state(id).orElseThrow();
                return condition.test(last[0]);
            });
        }
        catch (org.awaitility.core.ConditionTimeoutException ex) {
            throw new AssertionError("notification " + id + " did not get there; last seen " + last[0], ex);
        }
        return last[0];
    }

    protected DeliveryState awaitStatus(long id, DeliveryStatus status) {
        return awaitState(id, s -> s.status() == status);
    }

    protected long send(String key, NotificationEvent event, Channel channel, String address, Map<String, String> vars) {
        return notifications.send(new NotificationRequest(key, event, channel, Recipient.address(address), vars,
                "test:" + key, null, null));
    }

    protected String createFaultOrder(String station, int nth, String phone) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(station, nth), phone));
        body.put("insist", true);
        return api.post("agent", "/api/v1/work-orders", body).text("number");
    }

    protected long staffId(String username) {
        return jdbc.sql("select id from staff where username = ?").param(username).query(Long.class).single();
    }

    protected static String key(String prefix) {
        return prefix + ":" + System.nanoTime();
    }
}
