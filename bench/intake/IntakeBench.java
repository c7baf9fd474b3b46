import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives GridDesk's REST API with N concurrent clients, as API clients would: bearer tokens, an
 * Idempotency-Key on every create, customers of the demo world.
 *   intake    — POST /api/v1/work-orders (a fault inside one home, without "insist": repeat-call detection runs;
 *               a home fault is not grouped into an outage event — bench/outage measures grouping)
 *   lifecycle — create → dispatch → accept → resolve → close, five requests by four users
 * Prints throughput and latency percentiles after a warm-up that is not counted.
 * Usage: java -cp postgresql.jar IntakeBench.java BASE_URL JDBC_URL MODE CLIENTS SECONDS [WARMUP]
 */
public class IntakeBench {

    static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(GD\\d+)\"");
    static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"(\\w+)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbc = args[1];
        String mode = args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        List<String> accounts = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
             ResultSet rs = db.createStatement().executeQuery(
                     "select account_number from customer where customer_class = 'RESIDENTIAL' order by id")) {
            while (rs.next()) {
                accounts.add(rs.getString(1));
            }
        }
        for (String user : List.of("agent", "dispatcher", "handler", "callback")) {
            String body = post(null, "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"griddesk\"}", null).body();
            Matcher m = TOKEN.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no token for " + user + ": " + body);
            }
            TOKENS.put(user, m.group(1));
        }

        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong done = new AtomicLong();
        AtomicLong reminders = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            int client = c;
            Thread t = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        String account = accounts.get(ThreadLocalRandom.current().nextInt(accounts.size()));
                        long started = System.nanoTime();
                        boolean ok = mode.equals("lifecycle") ? lifecycle(account, client) : intake(account, client, reminders);
                        long took = System.nanoTime() - started;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        else if (started >= measureFrom && System.nanoTime() <= end) {
                            mine[n++] = took;
                            done.incrementAndGet();
                        }
                    }
                }
                catch (Exception ex) {
                    ex.printStackTrace();
                }
                finally {
                    mine[mine.length - 1] = n;
                    finished.countDown();
                }
            });
            t.start();
        }
        finished.await();
        long count = 0;
        for (long[] l : latencies) {
            count += l[l.length - 1];
        }
        long[] all = new long[(int) count];
        int i = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, i, n);
            i += n;
        }
        Arrays.sort(all);
        String what = mode.equals("lifecycle") ? "lifecycles" : "orders";
        System.out.printf("%s: %d clients, %d s measured after %d s warm-up%n", mode, clients, seconds, warmup);
        System.out.printf("  %,d %s, %.0f %s/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d%n",
                all.length, what, all.length / (double) seconds, what.substring(0, what.length() - 1),
                pct(all, 0.50), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
        if (mode.equals("intake")) {
            System.out.printf("  of which repeat calls turned into reminders: %,d%n", reminders.get());
        }
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    static String faultCall(String account, boolean insist) {
        long phone = 13_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        return """
                {"channel":"PHONE","category":"FAULT_REPAIR.CUSTOMER_INTERNAL","accountNumber":"%s","contactName":"压测客户",
                 "contactPhone":"%d","address":"江滨街道江滨路8号","description":"家里总开关跳闸了推不上去，邻居家都有电，请派人来看看",
                 "insist":%s}""".formatted(account, phone, insist);
    }

    static boolean intake(String account, int client, AtomicLong reminders) throws Exception {
        HttpResponse<String> r = post("agent", "/api/v1/work-orders", faultCall(account, false), UUID.randomUUID().toString());
        if (r.statusCode() == 200) {
            Matcher m = OUTCOME.matcher(r.body());
            if (m.find() && m.group(1).equals("REMINDER_ADDED")) {
                reminders.incrementAndGet();
            }
            return true;
        }
        return r.statusCode() == 201;
    }

    static boolean lifecycle(String account, int client) throws Exception {
        HttpResponse<String> created = post("agent", "/api/v1/work-orders", faultCall(account, true), UUID.randomUUID().toString());
        Matcher m = NUMBER.matcher(created.body());
        if (created.statusCode() != 201 || !m.find()) {
            return false;
        }
        String path = "/api/v1/work-orders/" + m.group(1);
        return post("dispatcher", path + "/dispatch", "{}", null).statusCode() == 200
                && post("handler", path + "/accept", "{}", null).statusCode() == 200
                && post("handler", path + "/resolve", """
                        {"result":"更换熔断器后恢复供电","rootCause":"EQUIPMENT_AGEING","responsibility":"COMPANY"}""", null)
                        .statusCode() == 200
                && post("callback", path + "/close", "{\"satisfaction\":\"SATISFIED\",\"note\":\"满意\"}", null).statusCode() == 200;
    }

    static HttpResponse<String> post(String user, String path, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", "Bearer " + TOKENS.get(user));
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
