import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running GridDesk's notification relay against its demo SMSC.
 * Usage: java -cp postgresql.jar NotificationBench.java JDBC_URL APP_URL N ORDERS_PER_SECOND SECONDS
 */
public class NotificationBench {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String app = args[1];
        int n = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        System.out.printf("machine: %d cores (shared with other developers), %s, load average at start: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), load());
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            throughput(db.createStatement(), n);
            latency(db.createStatement(), app, rate, seconds);
        }
        System.out.printf("load average at the end: %s%n", load());
    }

    /** The 1, 5 and 15 minute load averages: other developers' builds share these cores. */
    static String load() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        catch (java.io.IOException ex) {
            return "unknown";
        }
    }

    /** N one-part SMS put in the outbox at once, as the outbox writes them; then the relay drains it. */
    static void throughput(Statement st, int n) throws Exception {
        st.execute("""
                insert into notification (idempotency_key, event, channel, recipient_kind, address, locale, urgent, legal,
                    body, status, next_attempt_at, expires_at, queued_at, reference)
                select 'bench:' || g, 'ORDER_RESOLVED', 'SMS', 'ADDRESS', '135' || lpad(g::text, 8, '0'), 'zh-CN', false, false,
                    '【供电服务】您的工单GD2026' || lpad(g::text, 11, '0') || '已处理完毕，感谢您的支持！', 'QUEUED',
                    clock_timestamp(), clock_timestamp() + interval '1 day', clock_timestamp(), 'bench-throughput'
                from generate_series(1, %d) g""".formatted(n));
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(90);
        long delivered = 0;
        while (delivered < n && System.nanoTime() < deadline) {
            Thread.sleep(250);
            delivered = count(st, "select count(*) from notification where reference = 'bench-throughput' and status = 'DELIVERED'");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        try (ResultSet rs = st.executeQuery("""
                select count(*) filter (where sent_at is not null),
                       extract(epoch from max(sent_at) - min(sending_at)),
                       count(*) filter (where status = 'DELIVERED'),
                       extract(epoch from max(delivered_at) - min(sending_at))
                from notification where reference = 'bench-throughput'""")) {
            rs.next();
            long sent = rs.getLong(1);
            double sentSpan = rs.getDouble(2);
            long done = rs.getLong(3);
            double doneSpan = rs.getDouble(4);
            System.out.printf("throughput: %,d SMS queued; %,d submitted in %.1f s = %.0f SMS/s submitted; "
                    + "%,d DELIVERED (receipt stored) in %.1f s = %.0f SMS/s end to end (wall %.1f s)%n",
                    n, sent, sentSpan, sent / sentSpan, done, doneSpan, done / doneSpan, wall);
        }
        System.out.printf("states after the run: %s%n", states(st, "reference = 'bench-throughput'"));
    }

    static String states(Statement st, String where) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = st.executeQuery("select status, count(*) from notification where " + where + " group by status order by 1")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append("  ");
            }
        }
        return out.toString().strip();
    }

    /** Orders over the API at a steady rate; each one's ORDER_RECEIVED SMS from creation to DELIVERED. */
    static void latency(Statement st, String app, int rate, int seconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, app);
        List<String> accounts = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select account_number from customer where customer_class = 'RESIDENTIAL' order by id limit 500")) {
            while (rs.next()) {
                accounts.add(rs.getString(1));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> calls = new ArrayList<>();
        int total = rate * seconds;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String account = accounts.get(i % accounts.size());
            String phone = "136" + String.format("%08d", i);
            String body = """
                    {"channel":"PHONE","category":"FAULT_REPAIR.LOW_VOLTAGE","accountNumber":"%s","contactName":"压测客户",
                     "contactPhone":"%s","address":"江滨街道江滨路8号","description":"家里没电了 bench","insist":true}"""
                    .formatted(account, phone);
            calls.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/work-orders"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        int created = 0;
        for (Future<Integer> f : calls) {
            created += f.get() == 201 ? 1 : 0;
        }
        pool.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String mine = "from notification n join work_order w on w.id = n.order_id where n.event = 'ORDER_RECEIVED' "
                + "and n.channel = 'SMS' and w.description like '%bench'";
        while (count(st, "select count(*) " + mine + " and n.status = 'DELIVERED'") < created && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<Double> latencies = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select extract(epoch from n.delivered_at - w.created_at) " + mine
                + " and n.status = 'DELIVERED'")) {
            while (rs.next()) {
                latencies.add(rs.getDouble(1));
            }
        }
        Collections.sort(latencies);
        System.out.printf("latency: %d orders over the API at %d/s for %d s (%d created); work-order event → SMS DELIVERED: "
                + "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d delivered)%n", total, rate, seconds, created,
                pct(latencies, 50) * 1000, pct(latencies, 99) * 1000, pct(latencies, 100) * 1000, latencies.size());
    }

    static String token(HttpClient http, String app) throws Exception {
        String r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"agent\",\"password\":\"griddesk\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r);
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r);
        }
        return m.group(1);
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
