package com.griddesk.report;

import java.util.List;

/**
 * What a report says, as titled tables: the one shape that the archive, the PDF and the Excel
 * workbook are all made from, so the three never disagree.
 */
public record ReportContent(String title, String subtitle, List<Section> sections) {

    public ReportContent {
        sections = List.copyOf(sections);
    }

    /** One table of the report; {@code note} is an optional sentence under it. */
    public record Section(String key, String title, List<String> columns, List<List<String>> rows, String note) {

        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + key));
    }
}
