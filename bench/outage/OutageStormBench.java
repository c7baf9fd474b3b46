import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storm of fault calls, as they arrive: 20 feeders of 10 transformer areas each are imported
 * through the topology API. WHOLE feeders trip (by default all 20: calls come from all 200
 * areas); each other feeder loses one area. Every outage is one real outage: it should get one
 * event and one crew. Each caller posts one fault call at its moment (open loop: a slow server does
 * not slow the callers down), front-loaded after its outage begins, all within the run. Then the
 * database says how the calls were grouped: events per feeder, their level, crews, attached orders.
 * Before the storm, a warm-up: calls from customers off the grid and a small storm on four feeders of
 * its own ("BW…"), so that the storm meets a JVM that has compiled the grouping, as one that has run
 * for a day has; it is reported apart and left out of every figure of the storm.
 * Usage: java -cp postgresql.jar OutageStormBench.java BASE_URL JDBC_URL CALLS SECONDS [WHOLE [APP_LOG]]
 */
public class OutageStormBench {

    static final int FEEDERS = 20;
    /** The warm-up storm's feeders ("BW…"), apart from the measured ones ("BF…"). */
    static final int WARM_FEEDERS = 4;
    static final int WARM_SECONDS = 20;
    static final Pattern GROUPED = Pattern.compile("Fault call (GD\\d+) grouped in (\\d+) us");
    static final int AREAS = 10;
    static int wholeFeeders = FEEDERS;
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(GD\\d+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Call(long atMillis, String account, String phone, String area) {
    }

    record Done(long scheduled, long started, long finished, int status, String number) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int calls = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        wholeFeeders = args.length > 4 ? Integer.parseInt(args[4]) : FEEDERS;
        // callers per area so that the areas out hold the calls
        int perArea = Math.max(1, (int) Math.ceil(calls / (double) (wholeFeeders * AREAS + FEEDERS - wholeFeeders)));
        String admin = token(base, "admin");
        String agent = token(base, "agent");
        importTopology(base, admin, "BF", FEEDERS);
        importTopology(base, admin, "BW", WARM_FEEDERS);
        List<Call> schedule;
        List<Call> warmStorm;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            schedule = customersAndSchedule(db, "BF", "39", "137", FEEDERS, wholeFeeders, perArea, calls, seconds);
            warmStorm = customersAndSchedule(db, "BW", "38", "136", WARM_FEEDERS, WARM_FEEDERS, 3,
                    WARM_FEEDERS * AREAS * 3, WARM_SECONDS);
        }
        System.out.printf("topology: %d feeders × %d areas, %d customers per area; %d real outages (%d whole feeders, "
                + "%d single areas); %d calls over %d s%n", FEEDERS, AREAS, perArea, FEEDERS, wholeFeeders,
                FEEDERS - wholeFeeders, schedule.size(), seconds);

        // the same intake, at the same rate, for customers off the grid: what the calls cost without
        // grouping; before the storm (with a small storm on feeders of their own: together they warm
        // the JVM up, the grouping's code included, as a GridDesk that has run for a day is) and
        // once after, warm
        int rate = calls / Math.max(1, seconds / 10);
        List<Call> before;
        List<Call> after;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            before = offGrid(db, 0, rate * WARM_SECONDS / 10, WARM_SECONDS);
            after = offGrid(db, rate * WARM_SECONDS / 10, rate, 10);
        }
        offGridRun("warm-up", before, WARM_SECONDS, base, agent);
        ConcurrentLinkedQueue<Done> warm = new ConcurrentLinkedQueue<>();
        play(warm, warmStorm, base, agent);
        List<Long> warmLatency = warm.stream().map(d -> d.finished() - d.started()).sorted().toList();
        System.out.printf("warm-up storm: %d fault calls in %d s on %d feeders of their own (not counted below): p50 %d ms, "
                + "p99 %d ms, max %d ms%n", warm.size(), WARM_SECONDS, WARM_FEEDERS, pct(warmLatency, 50),
                pct(warmLatency, 99), pct(warmLatency, 100));
        Thread.sleep(5000);
        ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
        long t0 = play(done, schedule, base, agent);
        offGridRun("baseline after the storm", after, 10, base, agent);
        report(done, t0, seconds);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            grouping(db, done);
        }
        if (args.length > 5) {
            groupingStep(Path.of(args[5]), done);
        }
    }

    static void offGridRun(String name, List<Call> calls, int seconds, String base, String agent) throws Exception {
        ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
        play(done, calls, base, agent);
        List<Long> latency = done.stream().map(d -> d.finished() - d.started()).sorted().toList();
        System.out.printf("%s: %d calls in %d s from customers off the grid (no grouping): p50 %d ms, p99 %d ms%n", name,
                calls.size(), seconds, pct(latency, 50), pct(latency, 99));
    }

    /** Posts each call at its moment (open loop); returns when all are answered, with the start time. */
    static long play(ConcurrentLinkedQueue<Done> done, List<Call> schedule, String base, String agent) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch finished = new CountDownLatch(schedule.size());
        long t0 = System.currentTimeMillis() + 500;
        for (Call c : schedule) {
            long at = t0 + c.atMillis();
            clock.schedule(() -> workers.submit(() -> {
                long start = System.currentTimeMillis();
                int status = -1;
                String number = null;
                try {
                    HttpResponse<String> r = post(base, "/api/v1/work-orders", body(c), agent);
                    status = r.statusCode();
                    Matcher m = NUMBER.matcher(r.body());
                    number = m.find() ? m.group(1) : null;
                }
                catch (Exception ex) {
                    status = -2;
                }
                done.add(new Done(at, start, System.currentTimeMillis(), status, number));
                finished.countDown();
            }), at - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        }
        long last = schedule.isEmpty() ? 0 : schedule.get(schedule.size() - 1).atMillis();
        if (!finished.await(last / 1000 + 120L, TimeUnit.SECONDS)) {
            System.out.println("not all calls finished in time");
        }
        clock.shutdownNow();
        workers.shutdownNow();
        return t0;
    }

    /** Customers whose areas are not in the topology, calling evenly over {@code seconds}. */
    static List<Call> offGrid(Connection db, int first, int calls, int seconds) throws Exception {
        List<Call> schedule = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into customer (account_number, name, phone, address, customer_class, voltage_level, station_id,
                    transformer_area, transformer_area_name, feeder, feeder_name)
                values (?, '基线户', ?, '江滨街道基线路1号', 'RESIDENTIAL', 'V220', (select id from org_unit where code = 'BJ-CQ-S1'),
                    'OFFGRID-T01', '未入拓扑台区', 'OFFGRID', '未入拓扑线路')""")) {
            for (int i = 0; i < calls; i++) {
                String account = String.format("37%09d", first + i);
                String phone = String.format("135%08d", first + i);
                insert.setString(1, account);
                insert.setString(2, phone);
                insert.addBatch();
                schedule.add(new Call(i * seconds * 1000L / calls, account, phone, "OFFGRID-T01"));
            }
            insert.executeBatch();
        }
        return schedule;
    }

    static void importTopology(String base, String admin, String prefix, int feeders) throws Exception {
        StringBuilder csv = new StringBuilder("substation_code,substation_name,feeder_code,feeder_name,area_code,area_name,station_code\n");
        for (int f = 1; f <= feeders; f++) {
            String station = "BJ-CQ-S" + (1 + (f - 1) % 4);
            String sub = f <= feeders / 2 ? "BS-1,110kV压测一变" : "BS-2,110kV压测二变";
            for (int a = 1; a <= AREAS; a++) {
                csv.append(sub).append(',').append(prefix).append(two(f)).append(",10kV").append(prefix).append(f)
                        .append("线,").append(prefix).append(two(f)).append("-T").append(two(a)).append(",").append(prefix)
                        .append(f).append('-').append(a).append("号台区,").append(station).append('\n');
            }
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/grid/import"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("topology import: " + r.body());
        }
    }

    /** Writes the customers (fixture rows) and returns the calls, sorted by time. */
    static List<Call> customersAndSchedule(Connection db, String prefix, String accounts, String phones, int feeders,
            int whole, int perArea, int calls, int seconds) throws Exception {
        Random random = new Random(95598);
        List<List<String[]>> outages = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into customer (account_number, name, phone, address, customer_class, voltage_level, station_id,
                    transformer_area, transformer_area_name, feeder, feeder_name)
                values (?, ?, ?, '江滨街道压测路1号', 'RESIDENTIAL', 'V220', (select id from org_unit where code = ?), ?, ?, ?, ?)""")) {
            int n = 0;
            for (int f = 1; f <= feeders; f++) {
                List<String[]> outage = new ArrayList<>();
                for (int a = 1; a <= AREAS; a++) {
                    String area = prefix + two(f) + "-T" + two(a);
                    for (int i = 0; i < perArea; i++) {
                        n++;
                        String account = accounts + String.format("%09d", n);
                        String phone = phones + String.format("%08d", n);
                        insert.setString(1, account);
                        insert.setString(2, "压测户" + n);
                        insert.setString(3, phone);
                        insert.setString(4, "BJ-CQ-S" + (1 + (f - 1) % 4));
                        insert.setString(5, area);
                        insert.setString(6, area);
                        insert.setString(7, prefix + two(f));
                        insert.setString(8, "10kV" + prefix + f + "线");
                        insert.addBatch();
                        boolean out = f <= whole || a == 5;
                        if (out) {
                            outage.add(new String[] { account, phone, area });
                        }
                    }
                }
                insert.executeBatch();
                if (!outage.isEmpty()) {
                    outages.add(outage);
                }
            }
        }
        List<Call> schedule = new ArrayList<>();
        long span = seconds * 1000L;
        for (List<String[]> outage : outages) {
            // an outage begins in the first third of the run; its calls crowd in right after
            long begins = (long) (random.nextDouble() * span / 3);
            Collections.shuffle(outage, random);
            for (String[] c : outage) {
                double u = random.nextDouble();
                schedule.add(new Call(Math.min(span - 1, begins + (long) (u * u * (span - begins))), c[0], c[1], c[2]));
            }
        }
        Collections.shuffle(schedule, random);
        List<Call> chosen = new ArrayList<>(schedule.subList(0, Math.min(calls, schedule.size())));
        chosen.sort((a, b) -> Long.compare(a.atMillis(), b.atMillis()));
        return chosen;
    }

    static void report(ConcurrentLinkedQueue<Done> done, long t0, int seconds) {
        List<Done> all = new ArrayList<>(done);
        long ok = all.stream().filter(d -> d.status() == 201 || d.status() == 200).count();
        long last = all.stream().mapToLong(Done::finished).max().orElse(t0);
        List<Long> latency = all.stream().map(d -> d.finished() - d.started()).sorted().toList();
        List<Long> lag = all.stream().map(d -> d.started() - d.scheduled()).sorted().toList();
        List<Long> behind = all.stream().map(d -> d.finished() - d.scheduled()).sorted().toList();
        System.out.printf("calls: %d sent, %d accepted (201/200), %d failed%n", all.size(), ok, all.size() - ok);
        System.out.printf("sustained: %.1f calls/s (accepted calls / time from first call to last answer, %.1f s; "
                + "offered %.1f calls/s)%n", ok / ((last - t0) / 1000.0), (last - t0) / 1000.0, all.size() / (double) seconds);
        System.out.printf("grouping latency (intake call incl. grouping, same transaction): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                pct(latency, 50), pct(latency, 95), pct(latency, 99), pct(latency, 100));
        System.out.printf("client lag (call started − its moment): p99 %d ms; answer behind its moment: p99 %d ms, max %d ms%n",
                pct(lag, 99), pct(behind, 99), pct(behind, 100));
        // when the slow calls happened: clustered in a few seconds (a pause) or spread (contention)
        List<Done> slowest = all.stream().sorted((a, b) -> Long.compare(b.finished() - b.started(), a.finished() - a.started()))
                .limit(Math.max(1, all.size() / 100)).sorted((a, b) -> Long.compare(a.started(), b.started())).toList();
        System.out.println("slowest 1 %, second into the run: latency ms: " + String.join(", ", slowest.stream()
                .map(d -> String.format("%.1f: %d", (d.started() - t0) / 1000.0, d.finished() - d.started())).toList()));
    }

    static void grouping(Connection db, ConcurrentLinkedQueue<Done> done) throws Exception {
        long orders = count(db, "select count(*) from work_order where account_number like '39%'");
        long attached = count(db, "select count(*) from outage_order o join work_order w on w.id = o.order_id "
                + "where w.account_number like '39%'");
        long events = count(db, "select count(*) from outage_event where feeder_code like 'BF%' and state <> 'CANCELLED'");
        long crews = count(db, "select count(*) from outage_event where feeder_code like 'BF%' and state <> 'CANCELLED' "
                + "and crew_unit_id is not null");
        long feederEvents = count(db, "select count(*) from outage_event where feeder_code like 'BF%' and level = 'FEEDER'");
        long areaEvents = count(db, "select count(*) from outage_event where feeder_code like 'BF%' and level = 'AREA'");
        long doubled = count(db, "select count(*) from (select feeder_code from outage_event where feeder_code like 'BF%' "
                + "group by feeder_code having count(*) > 1) f");
        long wrongFeeder = count(db, """
                select count(*) from outage_order o join outage_event e on e.id = o.event_id
                where e.feeder_code like 'BF%' and o.area_code not like e.feeder_code || '-%'""");
        long reminded = done.stream().filter(d -> d.status() == 200).count();
        System.out.printf("orders: %d created, %d attached to an outage event (%d calls became reminders)%n", orders, attached,
                reminded);
        System.out.printf("events: %d (%d feeder-level, %d area-level); feeders with more than one event: %d; "
                + "calls on another feeder's event: %d%n", events, feederEvents, areaEvents, doubled, wrongFeeder);
        System.out.printf("crews dispatched: %d for %d real outages%n", crews, FEEDERS);
    }

    /** The grouping step alone, inside the intake transaction (lock wait included), from GridDesk's log: the storm's calls only. */
    static void groupingStep(Path log, ConcurrentLinkedQueue<Done> done) throws Exception {
        Set<String> storm = new HashSet<>();
        done.forEach(d -> storm.add(d.number()));
        List<Long> step = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = GROUPED.matcher(line);
            if (m.find() && storm.contains(m.group(1))) {
                step.add(Long.parseLong(m.group(2)));
            }
        }
        Collections.sort(step);
        System.out.printf("grouping step in the transaction (%d calls): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", step.size(),
                pct(step, 50) / 1000.0, pct(step, 99) / 1000.0, pct(step, 100) / 1000.0);
    }

    static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String body(Call c) {
        return "{\"channel\":\"PHONE\",\"category\":\"FAULT_REPAIR.LOW_VOLTAGE\",\"accountNumber\":\"" + c.account()
                + "\",\"contactName\":\"压测户\",\"contactPhone\":\"" + c.phone()
                + "\",\"address\":\"江滨街道压测路1号\",\"description\":\"整片停电了（" + c.area() + "）\"}";
    }

    static String token(String base, String user) throws Exception {
        HttpResponse<String> r = post(base, "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"griddesk\"}", null);
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + r.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> post(String base, String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    static String two(int n) {
        return String.format("%02d", n);
    }
}
