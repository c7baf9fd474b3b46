package com.griddesk.field.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.griddesk.field.Consultation;
import com.griddesk.field.ConsultationRequested;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.StaffMember;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会商: one thread per order where the crew asks, with text and photos, and @mentions experts or
 * leaders; each mention waits in that person's queue until they write in the thread. A mentioned
 * person may read and answer the thread even when the order is outside their units.
 */
@Service
public class Consultations {

    static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9_.-]{2,64})");
    static final int MAX_BODY = 2000;

    /** One question waiting for the caller's answer. */
    public record Question(String orderNumber, String address, String typeCode, String askedBy, String excerpt,
            Instant requestedAt) {
    }

    private final WorkOrderQueries queries;
    private final WorkOrderRepository orders;
    private final OrgDirectory org;
    private final FieldReceipts receipts;
    private final FieldLog log;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Consultations(WorkOrderQueries queries, WorkOrderRepository orders, OrgDirectory org, FieldReceipts receipts,
            FieldLog log, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.orders = orders;
        this.org = org;
        this.receipts = receipts;
        this.log = log;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The order, when the caller sees it or was asked about it; otherwise work-order-not-found. */
    @Transactional(readOnly = true)
    public WorkOrder order(String number, CurrentStaff staff) {
        Optional<WorkOrder> visible = queries.find(number, staff);
        if (visible.isPresent()) {
            return visible.get();
        }
        if (participant(number, staff.id())) {
            return orders.find(number).orElseThrow();
        }
        throw DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number);
    }

    @Transactional(readOnly = true)
    public boolean participant(String number, long staffId) {
        return jdbc.sql("""
                select count(*) from field_consultation c join field_consultation_mention m on m.consultation_id = c.id
                where c.order_number = ? and m.staff_id = ?""").param(number).param(staffId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Consultation thread(String number, CurrentStaff staff) {
        order(number, staff);
        return load(number);
    }

    Consultation load(String number) {
        Optional<Long> id = jdbc.sql("select id from field_consultation where order_number = ?").param(number)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return Consultation.empty(number);
        }
        List<Consultation.Message> messages = jdbc.sql("""
                select id, author_id, author_name, body, photo_ids, posted_at from field_consultation_message
                where consultation_id = ? order by id""").param(id.get())
                .query((rs, i) -> new Consultation.Message(rs.getLong("id"), rs.getLong("author_id"),
                        rs.getString("author_name"), rs.getString("body"),
                        Arrays.asList((Long[]) rs.getArray("photo_ids").getArray()), rs.getTimestamp("posted_at").toInstant()))
                .list();
        List<Consultation.Mention> mentions = jdbc.sql("""
                select staff_id, requested_at, answered_at from field_consultation_mention
                where consultation_id = ? order by requested_at""").param(id.get())
                .query((rs, i) -> {
                    long staffId = rs.getLong("staff_id");
                    Timestamp answered = rs.getTimestamp("answered_at");
                    return new Consultation.Mention(staffId, org.staff(staffId).map(StaffMember::fullName).orElse("#" + staffId),
                            rs.getTimestamp("requested_at").toInstant(), answered == null ? null : answered.toInstant());
                }).list();
        return new Consultation(number, messages, mentions);
    }

    /** Posts to the thread (opening it if needed); @username in the text or {@code mentions} asks those people. */
    @Transactional
    public Consultation post(String number, String body, List<Long> photoIds, List<String> mentions, String key,
            CurrentStaff staff) {
        String text = body == null ? "" : body.strip();
        List<Long> photos = photoIds == null ? List.of() : photoIds.stream().distinct().toList();
        if (text.isEmpty() && photos.isEmpty()) {
            throw DomainException.invalid("body", "validation.NotBlank", "body");
        }
        if (text.length() > MAX_BODY) {
            throw DomainException.invalid("body", "validation.Size", "body", MAX_BODY);
        }
        Map<Long, StaffMember> asked = mentioned(text, mentions, staff);
        String request = text + "|" + photos + "|" + asked.keySet();
        receipts.once(staff, key, "consult", number, request, () -> {
            WorkOrder order = order(number, staff);
            if (order.status().isFinal()) {
                throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "consult", order.status());
            }
            requirePhotosOf(order, photos);
            Instant now = clock.instant();
            long thread = open(order, staff, now);
            long id = jdbc.sql("""
                    insert into field_consultation_message (consultation_id, author_id, author_name, body, photo_ids, posted_at)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .param(thread).param(staff.id()).param(staff.fullName()).param(text).param(photos.toArray(Long[]::new))
                    .param(Timestamp.from(now)).query(Long.class).single();
            // writing in the thread is the answer to whatever the author was asked in it
            jdbc.sql("update field_consultation_mention set answered_at = ? where consultation_id = ? and staff_id = ? and answered_at is null")
                    .param(Timestamp.from(now)).param(thread).param(staff.id()).update();
            for (StaffMember expert : asked.values()) {
                jdbc.sql("""
                        insert into field_consultation_mention (consultation_id, staff_id, requested_by, requested_at)
                        values (?, ?, ?, ?)
                        on conflict (consultation_id, staff_id) do update set requested_by = excluded.requested_by,
                            requested_at = excluded.requested_at, answered_at = null""")
                        .param(thread).param(expert.id()).param(staff.id()).param(Timestamp.from(now)).update();
                events.publishEvent(new ConsultationRequested(number, thread, expert.id(), staff.id(), staff.fullName(),
                        text, now));
            }
            List<String> names = asked.values().stream().map(StaffMember::fullName).toList();
            log.append(order, staff, now, "CONSULTATION_POSTED", text.isEmpty() ? null : excerpt(text),
                    names.isEmpty() ? Map.of("photos", photos.size()) : Map.of("asked", String.join("、", names), "photos", photos.size()));
            return Long.toString(id);
        });
        return load(number);
    }

    /** The questions waiting for the caller's answer, oldest first. */
    @Transactional(readOnly = true)
    public List<Question> waitingFor(CurrentStaff staff) {
        List<Object[]> rows = jdbc.sql("""
                select c.order_number, m.requested_at, m.requested_by,
                       (select body from field_consultation_message x where x.consultation_id = c.id and x.author_id = m.requested_by
                        order by x.id desc limit 1) as question
                from field_consultation_mention m join field_consultation c on c.id = m.consultation_id
                where m.staff_id = ? and m.answered_at is null order by m.requested_at limit 200""")
                .param(staff.id())
                .query((rs, i) -> new Object[] { rs.getString("order_number"), rs.getTimestamp("requested_at").toInstant(),
                        rs.getLong("requested_by"), rs.getString("question") })
                .list();
        List<Question> questions = new ArrayList<>();
        for (Object[] r : rows) {
            orders.find((String) r[0]).ifPresent(o -> questions.add(new Question(o.number(), o.snapshot().address(),
                    o.snapshot().typeCode(), org.staff((Long) r[2]).map(StaffMember::fullName).orElse(""),
                    r[3] == null ? "" : excerpt((String) r[3]), (Instant) r[1])));
        }
        return questions;
    }

    /** People worth asking about an order: leaders of its station and county, and the station's specialists. */
    public List<StaffMember> suggestedExperts(WorkOrder order, CurrentStaff staff) {
        Map<Long, StaffMember> people = new LinkedHashMap<>();
        Long station = order.snapshot().stationId();
        if (station != null) {
            var unit = org.unit(station);
            if (unit.parentId() != null) {
                org.staffWithRole(unit.parentId(), com.griddesk.org.Role.SUPERVISOR).stream()
                        .filter(s -> s.unitId() == unit.parentId() || s.unitId() == station).forEach(s -> people.put(s.id(), s));
            }
            org.staffWithRole(station, com.griddesk.org.Role.HANDLER).forEach(s -> people.put(s.id(), s));
            org.staffWithRole(station, com.griddesk.org.Role.COORDINATOR).forEach(s -> people.put(s.id(), s));
        }
        people.remove(staff.id());
        return people.values().stream().filter(StaffMember::enabled).limit(12).toList();
    }

    private Map<Long, StaffMember> mentioned(String text, List<String> explicit, CurrentStaff staff) {
        List<String> names = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (explicit != null) {
            explicit.stream().filter(n -> n != null && !n.isBlank()).map(n -> n.strip().replaceFirst("^@", "")).forEach(names::add);
        }
        Map<Long, StaffMember> asked = new LinkedHashMap<>();
        for (String name : names) {
            StaffMember member = org.staffByUsername(name).filter(StaffMember::enabled)
                    .orElseThrow(() -> DomainException.invalid("mentions", "validation.unknownMention", name));
            if (member.id() != staff.id()) {
                asked.put(member.id(), member);
            }
        }
        return asked;
    }

    private long open(WorkOrder order, CurrentStaff staff, Instant now) {
        jdbc.sql("""
                insert into field_consultation (order_id, order_number, opened_by, opened_at) values (?, ?, ?, ?)
                on conflict (order_id) do nothing""")
                .param(order.id()).param(order.number()).param(staff.id()).param(Timestamp.from(now)).update();
        return jdbc.sql("select id from field_consultation where order_id = ?").param(order.id()).query(Long.class).single();
    }

    private void requirePhotosOf(WorkOrder order, List<Long> photos) {
        if (photos.isEmpty()) {
            return;
        }
        long mine = jdbc.sql("select count(*) from field_photo where order_id = ? and id = any(?)")
                .param(order.id()).param(photos.toArray(Long[]::new)).query(Long.class).single();
        if (mine != photos.size()) {
            throw DomainException.invalid("photoIds", "validation.photoNotOfOrder");
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
