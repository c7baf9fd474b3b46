package com.griddesk.textmining.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.griddesk.textmining.OrderClassification;
import com.griddesk.textmining.Suggestion;
import com.griddesk.textmining.engine.LabelledText;
import com.griddesk.textmining.engine.Leaves;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** {@code tm_classification}: one row per order, written once when the order is taken. */
@Repository
class ClassificationRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClassificationRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(long orderId, String channel, String text, OrderClassification c, long decidedBy) {
        jdbc.sql("""
                insert into tm_classification (order_id, order_number, model_version, channel, text, suggested_code,
                    confidence, top3, urgent, chosen_type, chosen_code, decision, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)""")
                .param(orderId).param(c.orderNumber()).param(c.modelVersion()).param(channel).param(text)
                .param(c.suggestedCode()).param(c.confidence()).param(json.writeValueAsString(c.top()))
                .param(c.urgent()).param(c.chosenType()).param(c.chosenCode()).param(c.decision().name())
                .param(decidedBy).param(Timestamp.from(c.decidedAt())).update();
    }

    Optional<OrderClassification> find(String orderNumber) {
        return jdbc.sql("""
                select order_number, model_version, suggested_code, confidence, top3, urgent, chosen_type, chosen_code,
                       decision, decided_at
                from tm_classification where order_number = ?""").param(orderNumber).query(this::row).optional();
    }

    /** Orders whose leaf a person confirmed or corrected: training data for the next model. */
    List<LabelledText> labelled() {
        return jdbc.sql("""
                select order_number, chosen_code, channel, text from tm_classification
                where decision in ('CONFIRMED', 'OVERRIDDEN') and chosen_code is not null order by decided_at""")
                .query((rs, i) -> new LabelledText("order-" + rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list().stream().filter(t -> Leaves.isLeaf(t.label())).toList();
    }

    private OrderClassification row(ResultSet rs, int i) throws SQLException {
        Instant at = rs.getTimestamp("decided_at").toInstant();
        List<Suggestion.Candidate> top = Arrays.asList(json.readValue(rs.getString("top3"), Suggestion.Candidate[].class));
        return new OrderClassification(rs.getString("order_number"), rs.getInt("model_version"),
                rs.getString("suggested_code"), rs.getDouble("confidence"), top, rs.getBoolean("urgent"),
                rs.getString("chosen_type"), rs.getString("chosen_code"),
                OrderClassification.Decision.valueOf(rs.getString("decision")), at);
    }
}
