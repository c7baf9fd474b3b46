package com.griddesk.workorder.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCause;
import com.griddesk.workorder.RootCauses;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Seeds {@code root_cause} from {@code domain/root-causes.csv} on start — new codes only, so that
 * what admins changed stays — and serves the table from memory.
 */
@Service
class CsvRootCauses implements RootCauses {

    private final JdbcClient jdbc;
    private volatile List<RootCause> causes;

    CsvRootCauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
        int position = 0;
        for (List<String> r : read()) {
            jdbc.sql("""
                    insert into root_cause (code, name_zh, name_en, default_responsibility, types, notes, position)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
                    .param(r.get(0)).param(r.get(1)).param(r.get(2)).param(r.get(3).isBlank() ? null : r.get(3))
                    .param(r.get(4).split("\\|")).param(r.size() > 5 && !r.get(5).isBlank() ? r.get(5) : null)
                    .param(position++).update();
        }
        reload();
    }

    static List<List<String>> read() {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("domain/root-causes.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(CsvLines.fields(line));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }

    /** Re-reads the table (after an admin changed it). */
    void reload() {
        causes = jdbc.sql("""
                select code, name_zh, name_en, default_responsibility, types, notes, active
                from root_cause order by position, code""")
                .query((rs, n) -> new RootCause(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("default_responsibility") == null ? null
                                : Responsibility.valueOf(rs.getString("default_responsibility")),
                        Set.of((String[]) rs.getArray("types").getArray()), rs.getString("notes"), rs.getBoolean("active")))
                .list();
    }

    @Override
    public Optional<RootCause> find(String code) {
        return code == null ? Optional.empty() : causes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public List<RootCause> all() {
        return causes;
    }
}
