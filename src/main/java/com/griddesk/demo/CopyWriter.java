package com.griddesk.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Bulk loading through PostgreSQL's COPY, in the caller's transaction. */
@Component
class CopyWriter {

    private final DataSource dataSource;

    CopyWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A tab-separated batch of rows for {@code table (columns)}; {@code \N} is null. */
    final class Batch {
        private final String copySql;
        private final StringBuilder rows = new StringBuilder(1 << 20);
        private long count;

        Batch(String table, String columns) {
            this.copySql = "copy " + table + " (" + columns + ") from stdin";
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    rows.append("\\N");
                }
                else {
                    escape(v.toString());
                }
            }
            rows.append('\n');
            count++;
            if (rows.length() > (8 << 20)) {
                flush();
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(c);
                }
            }
        }

        long count() {
            return count;
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(rows.toString()));
                rows.setLength(0);
            }
            catch (SQLException ex) {
                throw new IllegalStateException("COPY failed: " + copySql, ex);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    Batch batch(String table, String columns) {
        return new Batch(table, columns);
    }
}
