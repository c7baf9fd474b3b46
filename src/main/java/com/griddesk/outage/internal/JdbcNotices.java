package com.griddesk.outage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.outage.DeliveryReport;
import com.griddesk.outage.Notice;
import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticePurpose;
import com.griddesk.outage.NoticeReceipts;
import com.griddesk.outage.NoticeRequested;
import com.griddesk.outage.NoticeView;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.shared.ProblemCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.transaction.annotation.Transactional;

/** Notices to customers and their delivery facts. */
@Service
public class JdbcNotices implements NoticeReceipts {

    static final java.util.Set<Role> MAY_RECORD = java.util.Set.of(Role.HANDLER, Role.FIELD_CREW, Role.AGENT,
            Role.DISPATCHER, Role.SUPERVISOR);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String COLUMNS = """
            reference, purpose, channel, account_number, recipient_name, recipient_phone, text, state, requested_at,
            delivered_at, proof_id, failure_reason, reported_by, unit_path, customer_id, variables""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    JdbcNotices(JdbcClient jdbc, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    private java.util.Map<String, String> variables(String raw) {
        return raw == null ? java.util.Map.of()
                : json.readValue(raw, new TypeReference<java.util.Map<String, String>>() { });
    }

    /**
     * Writes the notice and queues it for delivery after commit. For an event, a recipient gets one
     * notice per purpose: a second request is ignored and returns empty.
     */
    public Optional<String> request(NoticeDraft d) {
        Instant now = clock.instant();
        long n = jdbc.sql("select nextval('outage_notice_seq')").query(Long.class).single();
        String reference = "TZ" + DAY.format(now) + String.format("%07d", n);
        int inserted = jdbc.sql("""
                insert into outage_notice (reference, purpose, event_id, disconnection_id, unit_path, customer_id,
                    account_number, recipient_name, recipient_phone, channel, text, variables, state, requested_at,
                    requested_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 'REQUESTED', ?, ?)
                on conflict (event_id, purpose, recipient_phone) where event_id is not null do nothing""")
                .param(reference).param(d.purpose().name()).param(d.eventId()).param(d.disconnectionId())
                .param(d.unitPath()).param(d.customerId()).param(d.accountNumber()).param(d.recipientName())
                .param(d.phone()).param(d.channel().name()).param(d.text()).param(json.writeValueAsString(d.variables()))
                .param(Sql.ts(now)).param(d.requestedBy())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        events.publishEvent(new NoticeRequested(reference));
        return Optional.of(reference);
    }

    /** The notice as the delivery service gets it. */
    public Optional<Notice> notice(String reference) {
        return jdbc.sql("select " + COLUMNS + " from outage_notice where reference = ?").param(reference)
                .query((rs, i) -> new Notice(rs.getString("reference"), NoticePurpose.valueOf(rs.getString("purpose")),
                        NoticeChannel.valueOf(rs.getString("channel")), Sql.nullableLong(rs, "customer_id"),
                        rs.getString("account_number"), rs.getString("recipient_name"), rs.getString("recipient_phone"),
                        rs.getString("text"), variables(rs.getString("variables")), Sql.instant(rs, "requested_at")))
                .optional();
    }

    @Override
    @Transactional
    public void report(String reference, DeliveryReport report) {
        Row row = jdbc.sql("select state, proof_id from outage_notice where reference = ? for update").param(reference)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOTICE_NOT_FOUND, reference));
        validate(report);
        if (row.state().equals("DELIVERED")) {
            if (report.outcome() == DeliveryReport.Outcome.DELIVERED && Objects.equals(row.proofId(), report.proofId().strip())) {
                return;
            }
            throw new DomainException(ProblemCode.NOTICE_ALREADY_DELIVERED, reference);
        }
        boolean delivered = report.outcome() == DeliveryReport.Outcome.DELIVERED;
        jdbc.sql("""
                update outage_notice set state = ?, delivered_at = ?, proof_id = ?, failure_reason = ?, reported_by = ?,
                    reported_at = ? where reference = ?""")
                .param(report.outcome().name()).param(delivered ? Sql.ts(report.at()) : null)
                .param(delivered ? report.proofId().strip() : null)
                .param(delivered ? null : report.failureReason().strip()).param(report.reportedBy())
                .param(Sql.ts(clock.instant())).param(reference).update();
    }

    private record Row(String state, String proofId) {
    }

    private void validate(DeliveryReport report) {
        if (report.outcome() == null) {
            throw DomainException.invalid("outcome", "validation.NotNull", "outcome");
        }
        if (report.outcome() == DeliveryReport.Outcome.DELIVERED) {
            if (report.at() == null) {
                throw DomainException.invalid("deliveredAt", "validation.NotNull", "deliveredAt");
            }
            if (report.at().isAfter(clock.instant())) {
                throw DomainException.invalid("deliveredAt", "outage.validation.deliveredInFuture");
            }
            if (report.proofId() == null || report.proofId().isBlank() || report.proofId().length() > 100) {
                throw DomainException.invalid("proofId", "outage.validation.proofId");
            }
        }
        else if (report.failureReason() == null || report.failureReason().isBlank()) {
            throw DomainException.invalid("failureReason", "validation.NotBlank", "failureReason");
        }
    }

    @Override
    @Transactional
    public void record(String reference, DeliveryReport report, CurrentStaff staff) {
        find(reference, staff).orElseThrow(() -> DomainException.notFound(ProblemCode.NOTICE_NOT_FOUND, reference));
        if (!staff.hasAny(MAY_RECORD)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        report(reference, new DeliveryReport(report.outcome(), report.at(), report.proofId(), report.failureReason(),
                "staff:" + staff.username()));
    }

    @Override
    public Optional<NoticeView> find(String reference, CurrentStaff staff) {
        return jdbc.sql("select " + COLUMNS + " from outage_notice where reference = ? and unit_path like ?")
                .param(reference).param(Sql.prefix(staff.scopePath())).query(JdbcNotices::view).optional();
    }

    public List<NoticeView> ofDisconnection(long disconnectionId) {
        return jdbc.sql("select " + COLUMNS + " from outage_notice where disconnection_id = ? order by id")
                .param(disconnectionId).query(JdbcNotices::view).list();
    }

    public List<NoticeView> ofEvent(long eventId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outage_notice where event_id = ? order by id limit ?")
                .param(eventId).param(limit).query(JdbcNotices::view).list();
    }

    public long countOfEvent(long eventId, NoticePurpose purpose) {
        return jdbc.sql("select count(*) from outage_notice where event_id = ? and purpose = ?").param(eventId)
                .param(purpose.name()).query(Long.class).single();
    }

    static NoticeView view(ResultSet rs, int row) throws SQLException {
        return new NoticeView(rs.getString("reference"), NoticePurpose.valueOf(rs.getString("purpose")),
                NoticeChannel.valueOf(rs.getString("channel")), rs.getString("account_number"),
                rs.getString("recipient_name"), PhoneNumber.mask(rs.getString("recipient_phone")), rs.getString("text"),
                rs.getString("state"), Sql.instant(rs, "requested_at"), Sql.instant(rs, "delivered_at"),
                rs.getString("proof_id"), rs.getString("failure_reason"), rs.getString("reported_by"));
    }
}
