package com.griddesk.report;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.griddesk.analytics.Indicator;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationTestBase;
import com.griddesk.report.internal.ReportScheduler;
import com.griddesk.support.ApiClient.Response;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports generated from the running application: their PDF and Excel read back with PDFBox and POI,
 * the schedule making one document per period even when raced, subscribers' e-mail, data scope.
 */
class ReportGenerationTest extends NotificationTestBase {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReportScheduler scheduler;

    byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + api.token(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    String unitPath(String code) {
        return jdbc.sql("select path from org_unit where code = ?").param(code).query(String.class).single();
    }

    static String cell(Row row, int c) {
        var cell = row.getCell(c);
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        };
    }

    static Row rowStarting(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && cell(row, 0).equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    @Test
    void a_daily_report_as_pdf_and_excel_holds_the_days_figures_in_chinese() throws Exception {
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        clock.travelTo(yesterday.atTime(11, 0).atZone(ZONE).toInstant());
        for (int i = 0; i < 3; i++) {
            createFaultOrder("BJ-JN-S4", 300 + i, newMobile());
        }
        clock.travelTo(DAYTIME);
        long expected = demo.orderCount("unit_path like ? and created_at >= ? and created_at < ?", unitPath("BJ-JN-S4") + "%",
                java.sql.Timestamp.from(yesterday.atStartOfDay(ZONE).toInstant()),
                java.sql.Timestamp.from(yesterday.plusDays(1).atStartOfDay(ZONE).toInstant()));
        assertThat(expected).isGreaterThanOrEqualTo(3);

        Response generated = api.post("supervisor", "/api/v1/reports",
                Map.of("kind", "DAILY", "day", yesterday.toString(), "unitId", unitId("BJ-JN-S4")));
        assertThat(generated.status()).as(generated.raw().body()).isIn(200, 201);
        long id = generated.body().get("id").asLong();
        assertThat(api.post("supervisor", "/api/v1/reports",
                Map.of("kind", "DAILY", "day", yesterday.toString(), "unitId", unitId("BJ-JN-S4"))).status()).isEqualTo(200);

        try (PDDocument pdf = Loader.loadPDF(download("supervisor", "/api/v1/reports/" + id + ".pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("服务监测日报").contains("按类型受理量").contains("时限预警").contains("敏感客户工单");
            assertThat(text).containsPattern("受理量\\s+" + expected + "\\b");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                fonts.add(pdf.getPage(0).getResources().getFont(name));
            }
            // the Chinese face is embedded (as a subset); only standard-14 Latin fonts may be referenced without embedding
            assertThat(fonts).anyMatch(f -> f.getName().endsWith("+DroidSansFallback") && f.isEmbedded());
            assertThat(fonts).filteredOn(f -> !f.isEmbedded())
                    .allMatch(f -> f instanceof org.apache.pdfbox.pdmodel.font.PDType1Font t && t.isStandard14());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("supervisor", "/api/v1/reports/" + id + ".xlsx")))) {
            assertThat(cell(book.getSheetAt(0).getRow(0), 0)).contains("服务监测日报").contains(yesterday.toString());
            Sheet summary = book.getSheetAt(1);
            assertThat(summary.getSheetName()).contains("概况");
            assertThat(cell(rowStarting(summary, "受理量"), 1)).isEqualTo(String.valueOf(expected));
            Sheet byType = book.getSheetAt(2);
            long typed = 0;
            for (Row row : byType) {
                if (row.getRowNum() > 0) {
                    typed += Long.parseLong(cell(row, 1));
                }
            }
            assertThat(typed).as("the types add up to the volume").isEqualTo(expected);
        }
        JsonNode detail = api.get("supervisor", "/api/v1/reports/" + id).body();
        assertThat(detail.get("content").get("sections").get(0).get("rows").get(0).get(1).asString()).isEqualTo(String.valueOf(expected));
        var page = com.griddesk.support.PageClient.loggedIn(port, "supervisor").get("/reports/" + id + ".pdf");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(page.body()).startsWith("%PDF");
    }

    @Test
    void the_monthly_assessment_scores_every_station_with_the_weights() throws Exception {
        Map<Indicator, Integer> weights = Map.of(Indicator.TIMELINESS_RATE, 50, Indicator.VOLUME, 50);
        assertThat(api.request("admin", "PUT", "/api/v1/reports/weights", Map.of("weights", weights)).status()).isEqualTo(422);
        Response wrongSum = api.request("admin", "PUT", "/api/v1/reports/weights",
                Map.of("weights", Map.of("TIMELINESS_RATE", 50, "CALLBACK_SATISFACTION_RATE", 40)));
        assertThat(wrongSum.status()).isEqualTo(422);
        assertThat(wrongSum.body().get("errors").findValuesAsString("field")).containsExactly("weights");
        assertThat(api.request("supervisor", "PUT", "/api/v1/reports/weights",
                Map.of("weights", Map.of("TIMELINESS_RATE", 100))).status()).isEqualTo(403);
        Response saved = api.request("admin", "PUT", "/api/v1/reports/weights",
                Map.of("weights", Map.of("TIMELINESS_RATE", 60, "CALLBACK_SATISFACTION_RATE", 40)));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        try {
            LocalDate lastMonth = LocalDate.now(ZONE).minusMonths(2);
            Response generated = api.post("supervisor", "/api/v1/reports", Map.of("kind", "MONTHLY", "day", lastMonth.toString()));
            assertThat(generated.status()).as(generated.raw().body()).isIn(200, 201);
            long id = generated.body().get("id").asLong();
            long stations = jdbc.sql("select count(*) from org_unit where level = 'STATION' and path like ?")
                    .param(unitPath("BJ") + "%").query(Long.class).single();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("supervisor", "/api/v1/reports/" + id + ".xlsx")))) {
                Sheet assessment = null;
                for (Sheet s : book) {
                    if (s.getSheetName().contains("单位考核得分")) {
                        assessment = s;
                    }
                }
                assertThat(assessment).isNotNull();
                assertThat(cell(assessment.getRow(0), 2)).isEqualTo("得分");
                assertThat(cell(assessment.getRow(0), 3)).isEqualTo("及时率");
                assertThat(assessment.getLastRowNum()).as("one row per station").isGreaterThanOrEqualTo((int) stations);
                assertThat(cell(assessment.getRow(1), 0)).isEqualTo("1");
            }
            try (PDDocument pdf = Loader.loadPDF(download("supervisor", "/api/v1/reports/" + id + ".pdf"))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("月度服务考核").contains("单位考核得分").contains("考核权重").containsPattern("及时率\\s+60%");
            }
        }
        finally {
            api.request("admin", "PUT", "/api/v1/reports/weights", Map.of("weights", ReportSettings.DEFAULT_WEIGHTS));
        }
    }

    @Test
    void the_schedule_generates_one_document_per_period_even_when_called_twice_and_concurrently() throws Exception {
        List<Long> first = scheduler.generateDue(clock.instant());
        int bureaus = jdbc.sql("select count(*) from org_unit where level = 'BUREAU'").query(Integer.class).single();
        assertThat(first).hasSize(ReportKind.values().length * bureaus);
        assertThat(scheduler.generateDue(clock.instant())).isEqualTo(first);

        // a day later, four instances race for the next daily report: one document
        clock.travelTo(DAYTIME.plus(java.time.Duration.ofDays(1)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return scheduler.generateDue(clock.instant());
                }));
            }
            start.countDown();
            List<Long> ids = runs.get(0).get(120, TimeUnit.SECONDS);
            for (Future<List<Long>> run : runs) {
                assertThat(run.get(120, TimeUnit.SECONDS)).isEqualTo(ids);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                select count(*) from (select kind, period_start, unit_id from report_document
                group by kind, period_start, unit_id having count(*) > 1) d""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from report_document where kind = 'DAILY' and period_start = ?")
                .param(java.sql.Date.valueOf(LocalDate.now(ZONE))).query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from org_unit where level = 'BUREAU'").query(Long.class).single());
    }

    @Test
    void subscribers_get_an_email_with_the_link_and_other_stations_see_nothing() throws Exception {
        String email = "reports-" + System.nanoTime() + "@griddesk.test";
        assertThat(api.request("supervisor", "PUT", "/api/v1/reports/subscriptions/WEEKLY", Map.of("email", "nope")).status())
                .isEqualTo(422);
        Response subscribed = api.request("supervisor", "PUT", "/api/v1/reports/subscriptions/WEEKLY", Map.of("email", email));
        assertThat(subscribed.body().findValuesAsString("email")).contains(email);
        String other = "station-" + System.nanoTime() + "@griddesk.test";
        api.request("bjjns2head", "PUT", "/api/v1/reports/subscriptions/WEEKLY", Map.of("email", other));

        LocalDate weekAgo = LocalDate.now(ZONE).minusWeeks(5);
        Response generated = api.post("supervisor", "/api/v1/reports", Map.of("kind", "WEEKLY", "day", weekAgo.toString()));
        assertThat(generated.status()).as(generated.raw().body()).isEqualTo(201);
        long id = generated.body().get("id").asLong();
        String title = generated.text("title");

        var sent = notifications.byReference("report:" + id);
        assertThat(sent).hasSize(1);
        awaitStatus(sent.get(0).id(), DeliveryStatus.DELIVERED);
        MimeMessage mail = Arrays.stream(mailbox.greenMail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email);
                    }
                    catch (Exception ex) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo(title).contains("服务周报");
        assertThat(GreenMailUtil.getBody(mail)).contains("/reports/" + id);

        // the station head subscribed too, but the bureau's report is not theirs
        assertThat(api.get("bjjns2head", "/api/v1/reports/" + id).status()).isEqualTo(404);
        assertThat(api.get("bjjns2head", "/api/v1/reports").body().findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);
        assertThat(api.post("bjjns2head", "/api/v1/reports",
                Map.of("kind", "DAILY", "unitId", unitId("BJ-JN-S3"))).text("code")).isEqualTo("unit-not-found");
        assertThat(api.post("handler", "/api/v1/reports", Map.of("kind", "DAILY")).status()).isEqualTo(403);
        assertThat(api.post("supervisor", "/api/v1/reports", Map.of("kind", "DAILY", "day", LocalDate.now(ZONE).toString()))
                .status()).isEqualTo(422);
        api.request("supervisor", "DELETE", "/api/v1/reports/subscriptions/WEEKLY", null);
        api.request("bjjns2head", "DELETE", "/api/v1/reports/subscriptions/WEEKLY", null);
    }

    @Test
    void the_archive_page_and_its_fragment() {
        var page = com.griddesk.support.PageClient.loggedIn(port, "supervisor");
        String html = page.get("/reports").body();
        assertThat(html).contains("id=\"report-archive\"").contains("<nav").contains("id=\"generate-form\"");
        String fragment = page.htmx("/reports?kind=MONTHLY").body();
        assertThat(fragment).contains("id=\"report-documents\"").doesNotContain("<nav");
        String refused = page.htmxForm("/reports/subscriptions", Map.of("kind", "DAILY", "email", "x")).body();
        assertThat(refused).contains("alert-danger");
        assertThat(com.griddesk.support.PageClient.loggedIn(port, "admin").get("/admin/report-weights").body())
                .contains("id=\"weights-form\"").contains("及时率");
    }
}
