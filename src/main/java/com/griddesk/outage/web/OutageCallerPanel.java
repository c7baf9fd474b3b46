package com.griddesk.outage.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.customer.Customer;
import com.griddesk.intake.CallerNotice;
import com.griddesk.intake.CallerNotices;
import com.griddesk.intake.CallerPanel;
import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.GridTopology;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageQueries;
import com.griddesk.outage.OutageState;
import com.griddesk.outage.OutageView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The first card of the agent console once the caller is found: where the premise hangs on the
 * grid and, above all, any outage that cuts it off or is announced for it, with its window or
 * estimated restoration; the agent answers from it or attaches the call. The API intake gets the
 * same facts as notices.
 */
@Component
class OutageCallerPanel implements CallerPanel, CallerNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * What the card shows: the premise's place, and the outages that matter for it. {@code key} is
     * the idempotency key of the card's answer, so that a double click is one order.
     */
    record Card(String accountNumber, String name, String address, GridTopology.GridPlace place, List<Line> outages,
            String key) {

        boolean cutOff() {
            return outages.stream().anyMatch(l -> l.outage().state() == OutageState.ACTIVE);
        }
    }

    /** An outage with the sentence the agent can say. */
    record Line(OutageView outage, String say) {
    }

    private final OutageQueries outages;
    private final GridTopology topology;
    private final MessageSource messages;
    private final Clock clock;

    OutageCallerPanel(OutageQueries outages, GridTopology topology, MessageSource messages, Clock clock) {
        this.outages = outages;
        this.topology = topology;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String fragment() {
        return "outage/panels :: caller-outage";
    }

    @Override
    public int position() {
        return 0;
    }

    @Override
    public Object data(Customer customer, CurrentStaff staff) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = outages.relevantTo(customer, staff).stream()
                .map(o -> new Line(o, say(o.number(), o.kind(), o.state(), o.plannedStart(), o.plannedEnd(), o.startedAt(),
                        o.announcedRestoration(), o.overrun(), o.restoredAt(), o.cause(), locale)))
                .toList();
        return new Card(customer.accountNumber(), customer.name(), customer.address(),
                topology.placeOf(customer).orElse(null), lines, java.util.UUID.randomUUID().toString());
    }

    @Override
    public List<CallerNotice> about(Customer customer, CurrentStaff staff) {
        Locale locale = LocaleContextHolder.getLocale();
        // answered on every API intake: from the stored events, without the figures a page shows
        return outages.relevantSnapshots(customer, staff).stream().map(o -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", o.kind().name());
            details.put("state", o.state().name());
            put(details, "plannedStart", o.plannedStart());
            put(details, "plannedEnd", o.plannedEnd());
            put(details, "ert", o.ert());
            put(details, "startedAt", o.startedAt());
            put(details, "restoredAt", o.restoredAt());
            details.put("level", o.level().name());
            details.put("suspected", o.suspected());
            boolean overrun = o.state() == OutageState.ACTIVE && o.announcedRestoration() != null
                    && clock.instant().isAfter(o.announcedRestoration());
            return new CallerNotice("outage", "OUTAGE_" + o.state().name(), o.number(), say(o.number(), o.kind(),
                    o.state(), o.plannedStart(), o.plannedEnd(), o.startedAt(), o.announcedRestoration(), overrun,
                    o.restoredAt(), o.cause(), locale), details);
        }).toList();
    }

    private static void put(Map<String, Object> details, String key, Instant value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }

    /** The sentence for the agent: what is off, since when, until when. */
    private String say(String number, OutageKind kind, OutageState state, Instant plannedStart, Instant plannedEnd,
            Instant startedAt, Instant restorationDue, boolean overrun, Instant restoredAt, String cause, Locale locale) {
        String kindName = messages.getMessage("outageKind." + kind.name(), null, locale);
        String key = switch (state) {
            case ANNOUNCED -> "outage.say.announced";
            case RESTORED -> "outage.say.restored";
            default -> restorationDue == null ? "outage.say.activeNoEstimate"
                    : overrun ? "outage.say.overrun" : "outage.say.active";
        };
        return messages.getMessage(key, new Object[] { kindName, number, time(plannedStart), time(plannedEnd),
            time(startedAt), time(restorationDue), time(restoredAt), cause == null ? "" : cause }, locale);
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
