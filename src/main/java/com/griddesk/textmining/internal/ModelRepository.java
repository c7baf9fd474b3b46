package com.griddesk.textmining.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.griddesk.textmining.ModelVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Model versions in {@code tm_model}: metadata, held-out metrics and the serialised model. */
@Repository
class ModelRepository {

    private static final String META = "version, status, created_at, created_by, trained_texts, confirmed_texts, temperature, metrics";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ModelVersion> active() {
        return jdbc.sql("select " + META + " from tm_model where status = 'ACTIVE'").query(this::meta).optional();
    }

    Optional<ModelVersion> find(int version) {
        return jdbc.sql("select " + META + " from tm_model where version = ?").param(version).query(this::meta).optional();
    }

    List<ModelVersion> all() {
        return jdbc.sql("select " + META + " from tm_model order by version desc").query(this::meta).list();
    }

    Optional<byte[]> bytes(int version) {
        return jdbc.sql("select model from tm_model where version = ?").param(version).query(byte[].class).optional();
    }

    int nextVersion() {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from tm_model").query(Integer.class).single();
    }

    /** False when another instance stored that version first. */
    boolean insert(ModelVersion m, byte[] model) {
        return jdbc.sql("""
                insert into tm_model (version, status, created_at, created_by, trained_texts, confirmed_texts, temperature,
                                      metrics, model)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")
                .param(m.version()).param(m.status().name()).param(Timestamp.from(m.createdAt())).param(m.createdBy())
                .param(m.trainedTexts()).param(m.confirmedTexts()).param(m.temperature())
                .param(json.writeValueAsString(m.metrics())).param(model).update() == 1;
    }

    /** The version becomes the only ACTIVE one; the one before it is RETIRED (kept, never deleted). */
    void activate(int version) {
        jdbc.sql("update tm_model set status = 'RETIRED' where status = 'ACTIVE' and version <> ?").param(version).update();
        jdbc.sql("update tm_model set status = 'ACTIVE' where version = ?").param(version).update();
    }

    private ModelVersion meta(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("created_by");
        return new ModelVersion(rs.getInt("version"), ModelVersion.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.wasNull() ? null : by, rs.getInt("trained_texts"),
                rs.getInt("confirmed_texts"), rs.getDouble("temperature"),
                json.readValue(rs.getString("metrics"), ModelVersion.Metrics.class));
    }
}
