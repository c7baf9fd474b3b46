package com.griddesk.report.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.griddesk.report.ReportDocument;
import com.griddesk.report.ReportKind;
import com.griddesk.report.ReportPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive: one document per kind, period and unit (a unique key), with its PDF and Excel files. */
@Repository
public class ReportStore {

    static final String COLUMNS = "id, kind, period_start, period_end, unit_id, unit_name, title, generated_at, generated_by_name, generation_ms";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the key's generation lock until the caller's transaction ends. */
    public void lock(ReportKind kind, ReportPeriod period, long unitId) {
        jdbc.sql("select pg_advisory_xact_lock(290, hashtext(?))").param(kind + "|" + period.start() + "|" + unitId)
                .query((rs, i) -> 1).list();
    }

    public Optional<Long> find(ReportKind kind, ReportPeriod period, long unitId) {
        return jdbc.sql("select id from report_document where kind = ? and period_start = ? and unit_id = ?")
                .param(kind.name()).param(Date.valueOf(period.start())).param(unitId).query(Long.class).optional();
    }

    /** Inserts the document unless one exists for its key; empty when another generation won. */
    public Optional<Long> insert(ReportKind kind, ReportPeriod period, long unitId, String unitPath, String unitName,
            String title, String contentJson, byte[] pdf, byte[] xlsx, Instant at, Long staffId, String staffName,
            long millis) {
        return jdbc.sql("""
                insert into report_document (kind, period_start, period_end, unit_id, unit_path, unit_name, title, content,
                    pdf, xlsx, generated_at, generated_by, generated_by_name, generation_ms)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
                on conflict (kind, period_start, unit_id) do nothing returning id""")
                .param(kind.name()).param(Date.valueOf(period.start())).param(Date.valueOf(period.end())).param(unitId)
                .param(unitPath).param(unitName).param(title).param(contentJson).param(pdf).param(xlsx)
                .param(Timestamp.from(at)).param(staffId).param(staffName).param(millis).query(Long.class).optional();
    }

    public List<ReportDocument> list(String scopePath, ReportKind kind, int limit) {
        return jdbc.sql("select " + COLUMNS + " from report_document where unit_path like ?"
                        + (kind == null ? "" : " and kind = '" + kind.name() + "'")
                        + " order by period_start desc, kind, unit_name limit ?")
                .param(scopePath + "%").param(limit).query(ReportStore::document).list();
    }

    public Optional<ReportDocument> find(long id, String scopePath) {
        return jdbc.sql("select " + COLUMNS + " from report_document where id = ? and unit_path like ?")
                .param(id).param(scopePath + "%").query(ReportStore::document).optional();
    }

    public Optional<String> content(long id) {
        return jdbc.sql("select content::text from report_document where id = ?").param(id).query(String.class).optional();
    }

    public Optional<byte[]> file(long id, String scopePath, String column) {
        if (!column.equals("pdf") && !column.equals("xlsx")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select " + column + " from report_document where id = ? and unit_path like ?")
                .param(id).param(scopePath + "%").query((rs, i) -> rs.getBytes(1)).optional();
    }

    static ReportDocument document(ResultSet rs, int i) throws SQLException {
        return new ReportDocument(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("title"), rs.getTimestamp("generated_at").toInstant(),
                rs.getString("generated_by_name"), rs.getLong("generation_ms"));
    }
}
