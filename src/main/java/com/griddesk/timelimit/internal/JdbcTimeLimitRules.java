package com.griddesk.timelimit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;
import com.griddesk.timelimit.RuleSet;
import com.griddesk.timelimit.TimeLimitRules;
import com.griddesk.timelimit.TimeRule;

import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Taxonomy;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rule sets in the database; published versions are cached, they never change once published. */
@Service
class JdbcTimeLimitRules implements TimeLimitRules {

    static final Instant DEFAULT_EFFECTIVE_FROM = Instant.parse("2020-01-01T00:00:00+08:00");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Taxonomy taxonomy;
    private volatile List<RuleSet> published;

    JdbcTimeLimitRules(JdbcClient jdbc, Clock clock, Taxonomy taxonomy) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.taxonomy = taxonomy;
        seedDefaults();
        reload();
    }

    /** Version 1 encodes shared/domain/time-limits.md; see timelimit/default-rules.csv for sources. */
    private void seedDefaults() {
        int inserted = jdbc.sql("""
                insert into time_rule_set (version, name, effective_from, status, created_at, published_at, note)
                values (1, '默认规则 (time-limits.md)', ?, 'PUBLISHED', now(), now(), '十项承诺, 供电营业规则, Jiangsu 2021 practice')
                on conflict (version) do nothing""").param(Timestamp.from(DEFAULT_EFFECTIVE_FROM)).update();
        if (inserted == 0) {
            return;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("timelimit/default-rules.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", 8);
                if (f.length == 8) {
                    insertRule(1, new TimeRule(null, f[0], blank(f[1]), blank(f[2]), blank(f[3]),
                            ClockName.valueOf(f[4]), Integer.parseInt(f[5]), LimitUnit.valueOf(f[6]), f[7]));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void insertRule(int version, TimeRule r) {
        jdbc.sql("""
                insert into time_rule (rule_set_version, code, channel, region_class, customer_class, clock, amount, unit, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(version).param(r.code()).param(r.channel()).param(r.regionClass()).param(r.customerClass())
                .param(r.clock().name()).param(r.amount()).param(r.unit().name()).param(r.source()).update();
    }

    private void reload() {
        List<RuleSet> sets = new ArrayList<>();
        for (Integer v : jdbc.sql("select version from time_rule_set where status = 'PUBLISHED'").query(Integer.class).list()) {
            load(v).ifPresent(sets::add);
        }
        sets.sort(Comparator.comparing(RuleSet::effectiveFrom).thenComparingInt(RuleSet::version).reversed());
        published = List.copyOf(sets);
    }

    private Optional<RuleSet> load(int version) {
        List<TimeRule> rules = jdbc.sql("""
                select id, code, channel, region_class, customer_class, clock, amount, unit, source
                from time_rule where rule_set_version = ? order by id""").param(version)
                .query((rs, i) -> new TimeRule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), ClockName.valueOf(rs.getString(6)), rs.getInt(7), LimitUnit.valueOf(rs.getString(8)),
                        rs.getString(9)))
                .list();
        return jdbc.sql("select version, name, effective_from, status from time_rule_set where version = ?").param(version)
                .query((rs, i) -> new RuleSet(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        "PUBLISHED".equals(rs.getString(4)), rules))
                .optional();
    }

    @Override
    public RuleSet inForce(Instant at) {
        return published.stream().filter(s -> !s.effectiveFrom().isAfter(at)).findFirst()
                .orElseGet(() -> published.get(published.size() - 1));
    }

    @Override
    public Optional<RuleSet> version(int version) {
        return published.stream().filter(s -> s.version() == version).findFirst().or(() -> load(version));
    }

    @Override
    public List<RuleSet> versions() {
        List<RuleSet> all = new ArrayList<>(published);
        draftVersion().flatMap(this::load).ifPresent(all::add);
        all.sort(Comparator.comparingInt(RuleSet::version).reversed());
        return all;
    }

    private Optional<Integer> draftVersion() {
        return jdbc.sql("select version from time_rule_set where status = 'DRAFT'").query(Integer.class).optional();
    }

    @Override
    @Transactional
    public RuleSet draft(CurrentStaff staff) {
        requireAdmin(staff);
        Optional<Integer> existing = draftVersion();
        if (existing.isPresent()) {
            return load(existing.get()).orElseThrow();
        }
        RuleSet base = inForce(clock.instant());
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from time_rule_set").query(Integer.class).single();
        jdbc.sql("""
                insert into time_rule_set (version, name, effective_from, status, created_at, created_by)
                values (?, ?, ?, 'DRAFT', ?, ?)""")
                .param(version).param("草稿 v" + version).param(Timestamp.from(clock.instant()))
                .param(Timestamp.from(clock.instant())).param(staff.id()).update();
        base.rules().forEach(r -> insertRule(version, r));
        return load(version).orElseThrow();
    }

    @Override
    @Transactional
    public RuleSet addRule(TimeRule rule, CurrentStaff staff) {
        RuleSet draft = draft(staff);
        validate(rule);
        insertRule(draft.version(), rule);
        return load(draft.version()).orElseThrow();
    }

    @Override
    @Transactional
    public RuleSet removeRule(long ruleId, CurrentStaff staff) {
        RuleSet draft = draft(staff);
        int removed = jdbc.sql("delete from time_rule where id = ? and rule_set_version = ?").param(ruleId)
                .param(draft.version()).update();
        if (removed == 0) {
            throw DomainException.notFound(ProblemCode.NOT_FOUND, "rule " + ruleId);
        }
        return load(draft.version()).orElseThrow();
    }

    @Override
    @Transactional
    public RuleSet publish(Instant effectiveFrom, String note, CurrentStaff staff) {
        requireAdmin(staff);
        int version = draftVersion().orElseThrow(() -> DomainException.invalid("draft", "validation.noDraft"));
        Instant effective = effectiveFrom == null ? clock.instant() : effectiveFrom;
        if (effective.isBefore(clock.instant().minusSeconds(60))) {
            throw DomainException.invalid("effectiveFrom", "validation.effectiveInPast");
        }
        jdbc.sql("""
                update time_rule_set set status = 'PUBLISHED', name = ?, effective_from = ?, published_at = ?,
                    published_by = ?, note = ? where version = ?""")
                .param("v" + version).param(Timestamp.from(effective)).param(Timestamp.from(clock.instant()))
                .param(staff.id()).param(note).param(version).update();
        reload();
        return version(version).orElseThrow();
    }

    private void validate(TimeRule r) {
        if (r.code() == null || r.code().isBlank()) {
            throw DomainException.invalid("code", "validation.NotBlank", "code");
        }
        if (!r.code().equals("*") && taxonomy.find(r.code()).isEmpty()) {
            throw DomainException.invalid("code", "validation.unknownTaxonomyCode", r.code());
        }
        if (r.channel() != null && java.util.Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(r.channel()))) {
            throw DomainException.invalid("channel", "validation.invalid", "channel");
        }
        if (r.clock() == null || !r.clock().ruled()) {
            throw DomainException.invalid("clock", "validation.invalid", "clock");
        }
        if (r.unit() == null) {
            throw DomainException.invalid("unit", "validation.NotNull", "unit");
        }
        if (r.amount() <= 0) {
            throw DomainException.invalid("amount", "validation.positive", "amount");
        }
    }

    private static void requireAdmin(CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }
}
