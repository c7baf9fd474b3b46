package com.griddesk.outage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.DomainException.FieldError;
import com.griddesk.shared.ProblemCode;

/** Reads a topology CSV into rows, or refuses it with the numbers of the bad lines. */
final class TopologyCsv {

    static final List<String> HEADER = List.of("substation_code", "substation_name", "feeder_code", "feeder_name",
            "area_code", "area_name", "station_code");

    /** A quoted field (quotes doubled inside) or a plain one, followed by a comma or the end. */
    private static final Pattern FIELD = Pattern.compile("\\G(?:\"((?:[^\"]|\"\")*)\"|([^,\"]*))(,|$)");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_ERRORS = 50;

    record Row(int line, String substationCode, String substationName, String feederCode, String feederName,
            String areaCode, String areaName, String stationCode) {
    }

    private TopologyCsv() {
    }

    static List<Row> read(Reader csv) {
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String header = in.readLine();
            if (header == null || !fields(header.replace("\uFEFF", "").strip()).equals(HEADER)) {
                throw new DomainException(ProblemCode.VALIDATION_FAILED,
                        List.of(new FieldError("line 1", "outage.grid.header", String.join(",", HEADER))));
            }
            String line;
            int no = 1;
            while ((line = in.readLine()) != null && errors.size() < MAX_ERRORS) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                String problem = problem(f);
                if (problem != null) {
                    errors.add(new FieldError("line " + no, problem, no));
                    continue;
                }
                rows.add(new Row(no, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6)));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "outage.grid.empty");
        }
        return rows;
    }

    private static String problem(List<String> f) {
        if (f == null || f.size() != HEADER.size()) {
            return "outage.grid.columns";
        }
        for (int i : new int[] { 0, 2, 4, 6 }) {
            if (!CODE.matcher(f.get(i)).matches()) {
                return "outage.grid.code";
            }
        }
        for (int i : new int[] { 1, 3, 5 }) {
            if (f.get(i).isBlank() || f.get(i).length() > 100) {
                return "outage.grid.name";
            }
        }
        return null;
    }

    /** The fields of a line, or null when its quotes do not close. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(line);
        int end = 0;
        while (end <= line.length() && m.find(end) && m.start() == end) {
            out.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"").strip() : m.group(2).strip());
            end = m.end();
            if (m.group(3).isEmpty()) {
                return end == line.length() ? out : null;
            }
        }
        return null;
    }
}
