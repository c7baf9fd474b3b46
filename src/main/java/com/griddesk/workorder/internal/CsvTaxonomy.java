package com.griddesk.workorder.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.TaxonomyEntry;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Loads {@code domain/taxonomy.csv} (a copy of shared/domain/taxonomy.csv) and keeps the table in
 * step with it on every start, so that orders can reference the codes.
 */
@Service
class CsvTaxonomy implements Taxonomy {

    private final Map<String, TaxonomyEntry> entries;

    CsvTaxonomy(JdbcClient jdbc) {
        this.entries = read();
        for (TaxonomyEntry e : entries.values()) {
            jdbc.sql("""
                    insert into taxonomy (code, parent, top_level, name_zh, name_en, notes, leaf)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (code) do update set parent = excluded.parent, top_level = excluded.top_level,
                        name_zh = excluded.name_zh, name_en = excluded.name_en, notes = excluded.notes, leaf = excluded.leaf""")
                    .param(e.code()).param(e.parent()).param(e.topLevel()).param(e.nameZh()).param(e.nameEn())
                    .param(e.notes()).param(e.leaf()).update();
        }
    }

    static Map<String, TaxonomyEntry> read() {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("domain/taxonomy.csv").getInputStream(), StandardCharsets.UTF_8))) {
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
        Set<String> parents = new HashSet<>();
        rows.forEach(r -> {
            if (!r.get(1).isBlank()) {
                parents.add(r.get(1));
            }
        });
        Map<String, TaxonomyEntry> result = new LinkedHashMap<>();
        for (List<String> r : rows) {
            String code = r.get(0);
            String parent = r.get(1).isBlank() ? null : r.get(1);
            String top = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
            String notes = r.size() > 4 && !r.get(4).isBlank() ? r.get(4) : null;
            result.put(code, new TaxonomyEntry(code, parent, top, r.get(2), r.get(3), notes, !parents.contains(code)));
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    @Override
    public Optional<TaxonomyEntry> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code));
    }

    @Override
    public List<TaxonomyEntry> all() {
        return List.copyOf(entries.values());
    }

    @Override
    public List<TaxonomyEntry> topLevel() {
        return entries.values().stream().filter(TaxonomyEntry::isTopLevel).toList();
    }

    @Override
    public List<TaxonomyEntry> below(String typeCode) {
        return entries.values().stream().filter(e -> !e.isTopLevel() && e.topLevel().equals(typeCode)).toList();
    }
}
