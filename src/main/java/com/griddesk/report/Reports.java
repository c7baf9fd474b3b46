package com.griddesk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.griddesk.analytics.Indicator;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.report.internal.ReportGenerator;
import com.griddesk.report.internal.ReportStore;
import com.griddesk.report.internal.SubscriptionStore;
import com.griddesk.report.internal.WeightStore;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The report archive, on-demand generation, subscriptions and assessment weights, within the caller's units. */
@Service
public class Reports {

    public enum Format { PDF, XLSX }

    private final ReportStore store;
    private final ReportGenerator generator;
    private final SubscriptionStore subscriptions;
    private final WeightStore weights;
    private final OrgDirectory org;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Reports(ReportStore store, ReportGenerator generator, SubscriptionStore subscriptions, WeightStore weights,
            OrgDirectory org, Clock clock) {
        this.store = store;
        this.generator = generator;
        this.subscriptions = subscriptions;
        this.weights = weights;
        this.org = org;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    @Transactional(readOnly = true)
    public List<ReportDocument> archive(ReportKind kind, CurrentStaff staff) {
        return store.list(staff.scopePath(), kind, 300);
    }

    @Transactional(readOnly = true)
    public ReportDocument get(long id, CurrentStaff staff) {
        return store.find(id, staff.scopePath()).orElseThrow(() -> DomainException.notFound(ProblemCode.REPORT_NOT_FOUND, id));
    }

    @Transactional(readOnly = true)
    public ReportContent content(long id, CurrentStaff staff) {
        get(id, staff);
        return json.readValue(store.content(id).orElseThrow(), ReportContent.class);
    }

    @Transactional(readOnly = true)
    public byte[] file(long id, Format format, CurrentStaff staff) {
        return store.file(id, staff.scopePath(), format.name().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.REPORT_NOT_FOUND, id));
    }

    /**
     * A supervisor generates the report of a period that has ended (any day in it; none: the latest)
     * for a unit of theirs (none: their own); an existing document is answered as it is.
     */
    public record Generated(ReportDocument document, boolean created) {
    }

    public Generated generate(ReportKind kind, LocalDate day, Long unitId, CurrentStaff staff) {
        if (!staff.has(Role.SUPERVISOR)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (kind == null) {
            throw DomainException.invalid("kind", "validation.NotNull", "kind");
        }
        ReportPeriod period = day == null ? kind.latestComplete(today()) : kind.containing(day);
        if (!period.end().isBefore(today())) {
            throw DomainException.invalid("day", "validation.reportPeriodNotOver", period.end());
        }
        OrgUnit unit = org.unit(unitId == null ? staff.unitId() : unitId);
        if (unit == null || !staff.sees(unit.path())) {
            throw DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, unitId);
        }
        boolean existed = store.find(kind, period, unit.id()).isPresent();
        long id = generator.generate(kind, period, unit, staff.actor());
        return new Generated(get(id, staff), !existed);
    }

    @Transactional
    public List<SubscriptionStore.Subscription> subscribe(ReportKind kind, String email, CurrentStaff staff) {
        if (kind == null) {
            throw DomainException.invalid("kind", "validation.NotNull", "kind");
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
            throw DomainException.invalid("email", "validation.email", String.valueOf(email));
        }
        subscriptions.subscribe(staff.id(), kind, email.strip(), clock.instant());
        return subscriptions.of(staff.id());
    }

    @Transactional
    public List<SubscriptionStore.Subscription> unsubscribe(ReportKind kind, CurrentStaff staff) {
        subscriptions.unsubscribe(staff.id(), kind);
        return subscriptions.of(staff.id());
    }

    @Transactional(readOnly = true)
    public List<SubscriptionStore.Subscription> subscriptions(CurrentStaff staff) {
        return subscriptions.of(staff.id());
    }

    @Transactional(readOnly = true)
    public Map<Indicator, Integer> weights() {
        return weights.current();
    }

    /** Administrators set the monthly assessment's weights: scorable indicators, whole percent, summing to 100. */
    @Transactional
    public Map<Indicator, Integer> saveWeights(Map<Indicator, Integer> proposed, CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        Map<Indicator, Integer> w = proposed == null ? Map.of() : proposed;
        if (w.keySet().stream().anyMatch(i -> !Weights.SCORABLE.contains(i))) {
            throw DomainException.invalid("weights", "validation.weightNotScorable");
        }
        if (w.values().stream().anyMatch(v -> v == null || v < 0 || v > 100)) {
            throw DomainException.invalid("weights", "validation.weightRange");
        }
        if (Weights.sum(w) != 100) {
            throw DomainException.invalid("weights", "validation.weightsSum", Weights.sum(w));
        }
        weights.replace(w, staff.id(), clock.instant());
        return weights.current();
    }
}
