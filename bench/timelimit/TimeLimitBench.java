import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lag between a deadline and its red warning, with a running GridDesk scheduler over 1M open
 * clocks: spreads {@code due} deadlines over the next {@code seconds} seconds, then watches
 * time_warning fill up. Usage: java -cp postgresql.jar TimeLimitBench.java JDBC_URL DUE SECONDS
 */
public class TimeLimitBench {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int due = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            Statement st = db.createStatement();
            long open = count(st, "select count(*) from order_clock where state = 'RUNNING'");
            long maxWarning = count(st, "select coalesce(max(id), 0) from time_warning");
            st.execute("drop table if exists bench_due");
            st.execute("create unlogged table bench_due as select id from order_clock where order_number like 'BT%' "
                    + "and state = 'RUNNING' and not red_fired order by random() limit " + due);
            st.execute("update order_clock c set deadline = now() + random() * interval '" + seconds + " seconds', "
                    + "yellow_fired = true, warn_at = null from bench_due d where c.id = d.id");
            st.execute("update order_clock c set next_fire_at = deadline from bench_due d where c.id = d.id");
            System.out.printf("open clocks: %,d; due over the next %d s: %,d%n", open, seconds, due);

            List<Double> observed = new ArrayList<>();
            List<Double> scheduled = new ArrayList<>();
            long last = maxWarning;
            long deadlineMillis = System.currentTimeMillis() + (seconds + 30) * 1000L;
            while (observed.size() < due && System.currentTimeMillis() < deadlineMillis) {
                try (ResultSet rs = st.executeQuery("""
                        select w.id, extract(epoch from (clock_timestamp() - c.deadline)),
                               extract(epoch from (w.fired_at - c.deadline))
                        from time_warning w join order_clock c on c.id = w.clock_id
                        join bench_due d on d.id = c.id
                        where w.id > %d and w.level = 'RED' order by w.id""".formatted(last))) {
                    while (rs.next()) {
                        last = Math.max(last, rs.getLong(1));
                        observed.add(rs.getDouble(2));
                        scheduled.add(rs.getDouble(3));
                    }
                }
                Thread.sleep(100);
            }
            Collections.sort(observed);
            Collections.sort(scheduled);
            System.out.printf("red warnings seen: %,d of %,d%n", observed.size(), due);
            System.out.printf("lag deadline → warning visible (polled every 100 ms): p50 %.2f s, p99 %.2f s, max %.2f s%n",
                    pct(observed, 50), pct(observed, 99), pct(observed, 100));
            System.out.printf("lag deadline → scan that fired it:                 p50 %.2f s, p99 %.2f s, max %.2f s%n",
                    pct(scheduled, 50), pct(scheduled, 99), pct(scheduled, 100));
            st.execute("drop table bench_due");
        }
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
