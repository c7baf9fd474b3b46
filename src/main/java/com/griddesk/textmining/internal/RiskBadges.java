package com.griddesk.textmining.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.web.OrderBadges;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A risk mark beside orders whose escalation risk is high or critical, in the work queue. */
@Component
class RiskBadges implements OrderBadges {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    RiskBadges(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Map<String, List<Badge>> of(Collection<String> numbers, CurrentStaff staff, Locale locale) {
        Map<String, List<Badge>> badges = new HashMap<>();
        jdbc.sql("select number, score, level from tm_risk where number = any(?) and level in ('HIGH', 'CRITICAL')")
                .param(numbers.toArray(String[]::new))
                .query(rs -> {
                    String level = rs.getString("level");
                    String text = messages.getMessage("textmining.risk.badge", new Object[] { rs.getInt("score") },
                            locale);
                    String title = messages.getMessage("textmining.risk.level." + level, null, level, locale);
                    badges.put(rs.getString("number"), List.of(new Badge(text,
                            level.equals("CRITICAL") ? "text-bg-danger" : "text-bg-warning", title)));
                });
        return badges;
    }
}
