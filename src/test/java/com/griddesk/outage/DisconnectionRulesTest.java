package com.griddesk.outage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.griddesk.shared.DomainException.FieldError;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 67 as a check, one condition at a time: with everything else in order, each missing
 * condition is the only one named, with its own message.
 */
class DisconnectionRulesTest {

    private static final Instant PLANNED = Instant.parse("2026-07-20T01:00:00Z");
    private static final OutageSettings.Disconnection RULES = new OutageSettings.Disconnection(Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24));

    private static DisconnectionSnapshot approved(Protection protection, boolean extraApproved) {
        return new DisconnectionSnapshot(1L, "QF20260714000001", 7, "3111000001", "张三", 11, "/1/2/10/11/",
                new BigDecimal("356.20"), "连续欠费3个月", PLANNED, protection, DisconnectionState.APPROVED, 5,
                PLANNED.minus(Duration.ofDays(6)), 6L, PLANNED.minus(Duration.ofDays(6)), extraApproved ? 8L : null,
                extraApproved ? PLANNED.minus(Duration.ofDays(6)) : null, null, null, null, null, null, null, null, null,
                null, null, PLANNED, 3);
    }

    private static NoticeView delivered(NoticePurpose purpose, Duration before) {
        return new NoticeView("TZ" + purpose.ordinal() + before.toMinutes(), purpose, NoticeChannel.PHONE_CALL,
                "3111000001", "张三", "138****5678", "通知", "DELIVERED", PLANNED.minus(before), PLANNED.minus(before),
                "REC-" + before.toMinutes(), null, "staff:handler");
    }

    private static NoticeView failed(NoticePurpose purpose, Duration before) {
        return new NoticeView("TZF", purpose, NoticeChannel.SMS, "3111000001", "张三", "138****5678", "通知", "FAILED",
                PLANNED.minus(before), null, null, "空号", "notification");
    }

    private static List<NoticeView> lawfulNotices() {
        return new ArrayList<>(List.of(delivered(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofDays(5)),
                delivered(NoticePurpose.DISCONNECTION_RENOTICE, Duration.ofMinutes(40))));
    }

    private static List<String> fields(List<FieldError> missing) {
        return missing.stream().map(FieldError::field).toList();
    }

    @Test
    void a_lawful_disconnection_lacks_nothing() {
        assertThat(DisconnectionRules.missing(approved(null, false), lawfulNotices(), PLANNED, RULES)).isEmpty();
    }

    @Test
    void without_the_heads_approval_the_approval_is_named() {
        DisconnectionSnapshot requested = new DisconnectionSnapshot(1L, "QF1", 7, "3111000001", "张三", 11, "/1/2/10/11/",
                BigDecimal.TEN, "欠费", PLANNED, null, DisconnectionState.REQUESTED, 5, PLANNED.minus(Duration.ofDays(6)),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, PLANNED, 0);
        List<FieldError> missing = DisconnectionRules.missing(requested, lawfulNotices(), PLANNED, RULES);
        assertThat(missing).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("approval");
            assertThat(e.messageKey()).isEqualTo("disconnection.missing.approval");
        });
    }

    @Test
    void without_a_delivered_notice_the_notice_is_named() {
        List<NoticeView> notices = lawfulNotices();
        notices.set(0, failed(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofDays(5)));
        List<FieldError> missing = DisconnectionRules.missing(approved(null, false), notices, PLANNED, RULES);
        assertThat(fields(missing)).containsExactly("notice");
        assertThat(missing.get(0).messageKey()).isEqualTo("disconnection.missing.notice");
    }

    @Test
    void a_notice_delivered_less_than_three_days_before_is_too_late() {
        List<NoticeView> notices = lawfulNotices();
        notices.set(0, delivered(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofDays(2)));
        List<FieldError> missing = DisconnectionRules.missing(approved(null, false), notices, PLANNED, RULES);
        assertThat(missing).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("disconnection.notice.tooLate");
            assertThat(e.args()).containsExactly(48L, 72L);
        });
    }

    @Test
    void a_notice_delivered_more_than_seven_days_before_is_too_old() {
        List<NoticeView> notices = lawfulNotices();
        notices.set(0, delivered(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofDays(8)));
        assertThat(DisconnectionRules.missing(approved(null, false), notices, PLANNED, RULES))
                .singleElement().satisfies(e -> assertThat(e.messageKey()).isEqualTo("disconnection.notice.tooEarly"));
    }

    @Test
    void the_window_is_inclusive_at_three_and_seven_days() {
        for (Duration before : List.of(Duration.ofDays(3), Duration.ofDays(7))) {
            List<NoticeView> notices = lawfulNotices();
            notices.set(0, delivered(NoticePurpose.DISCONNECTION_NOTICE, before));
            assertThat(DisconnectionRules.missing(approved(null, false), notices, PLANNED, RULES)).as(before.toString())
                    .isEmpty();
        }
    }

    @Test
    void without_the_re_notice_thirty_minutes_before_the_re_notice_is_named() {
        List<NoticeView> notices = lawfulNotices();
        notices.remove(1);
        assertThat(DisconnectionRules.missing(approved(null, false), notices, PLANNED, RULES)).singleElement()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("disconnection.missing.renotice"));
    }

    @Test
    void a_re_notice_ten_minutes_before_is_too_late_and_one_the_day_before_is_not_a_re_notice() {
        List<NoticeView> late = lawfulNotices();
        late.set(1, delivered(NoticePurpose.DISCONNECTION_RENOTICE, Duration.ofMinutes(10)));
        assertThat(DisconnectionRules.missing(approved(null, false), late, PLANNED, RULES)).singleElement()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("disconnection.renotice.tooLate"));
        List<NoticeView> early = lawfulNotices();
        early.set(1, delivered(NoticePurpose.DISCONNECTION_RENOTICE, Duration.ofDays(1)));
        assertThat(DisconnectionRules.missing(approved(null, false), early, PLANNED, RULES)).singleElement()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("disconnection.renotice.tooEarly"));
    }

    @Test
    void the_first_notice_does_not_count_as_the_re_notice() {
        List<NoticeView> notices = List.of(delivered(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofDays(5)),
                delivered(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofMinutes(40)));
        assertThat(fields(DisconnectionRules.missing(approved(null, false), notices, PLANNED, RULES)))
                .containsExactly("renotice");
    }

    @Test
    void a_protected_customer_needs_the_second_approval() {
        for (Protection protection : Protection.values()) {
            assertThat(DisconnectionRules.missing(approved(protection, false), lawfulNotices(), PLANNED, RULES))
                    .singleElement().satisfies(e -> {
                        assertThat(e.messageKey()).isEqualTo("disconnection.missing.extraApproval");
                        assertThat(e.args()).containsExactly(protection.name());
                    });
            assertThat(DisconnectionRules.missing(approved(protection, true), lawfulNotices(), PLANNED, RULES)).isEmpty();
        }
    }

    @Test
    void not_before_the_time_the_notice_stated() {
        Instant early = PLANNED.minus(Duration.ofMinutes(5));
        List<NoticeView> notices = List.of(delivered(NoticePurpose.DISCONNECTION_NOTICE, Duration.ofDays(5)),
                delivered(NoticePurpose.DISCONNECTION_RENOTICE, Duration.ofMinutes(40)));
        assertThat(fields(DisconnectionRules.missing(approved(null, false), notices, early, RULES)))
                .containsExactly("plannedAt");
    }

    @Test
    void everything_missing_is_named_at_once() {
        DisconnectionSnapshot requested = new DisconnectionSnapshot(1L, "QF1", 7, "3111000001", "张三", 11, "/1/2/10/11/",
                BigDecimal.TEN, "欠费", PLANNED, Protection.MEDICAL, DisconnectionState.REQUESTED, 5, PLANNED, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, PLANNED, 0);
        assertThat(fields(DisconnectionRules.missing(requested, List.of(), PLANNED, RULES)))
                .containsExactly("approval", "extraApproval", "notice", "renotice");
    }
}
