package com.griddesk.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.griddesk.report.ReportContent;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The report as PDF: XHTML laid out by openhtmltopdf with the bundled CJK font (Droid Sans Fallback,
 * Apache-2.0, {@code fonts/}) embedded as a subset, so the Chinese text shows on any machine.
 */
@Component
class PdfRenderer {

    static final String FONT = "/fonts/DroidSansFallback.ttf";
    static final String FAMILY = "GridDesk CJK";

    byte[] render(ReportContent content, String footer) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><meta charset="UTF-8"/><title>""")
                .append(e(content.title())).append("""
                </title><style>
                @page { size: A4; margin: 16mm 14mm; @bottom-center { content: counter(page) " / " counter(pages);
                    font-family: 'GridDesk CJK'; font-size: 8pt; } }
                * { font-family: 'GridDesk CJK'; }
                body { font-size: 9.5pt; color: #222; }
                h1 { font-size: 15pt; margin: 0 0 2mm 0; color: #0d47a1; }
                h2 { font-size: 11pt; margin: 5mm 0 1.5mm 0; border-bottom: 0.5pt solid #0d47a1; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
                th, td { border: 0.4pt solid #999; padding: 1mm 1.5mm; text-align: left; }
                th { background: #e8eef7; }
                .sub, .note, .foot { color: #555; font-size: 8.5pt; }
                </style></head><body>""");
        html.append("<h1>").append(e(content.title())).append("</h1><p class=\"sub\">").append(e(content.subtitle())).append("</p>");
        for (ReportContent.Section s : content.sections()) {
            html.append("<h2>").append(e(s.title())).append("</h2><table><thead><tr>");
            s.columns().forEach(c -> html.append("<th>").append(e(c)).append("</th>"));
            html.append("</tr></thead><tbody>");
            if (s.rows().isEmpty()) {
                html.append("<tr><td colspan=\"").append(s.columns().size()).append("\">—</td></tr>");
            }
            for (var row : s.rows()) {
                html.append("<tr>");
                row.forEach(c -> html.append("<td>").append(e(c)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</tbody></table>");
            if (s.note() != null) {
                html.append("<p class=\"note\">").append(e(s.note())).append("</p>");
            }
        }
        html.append("<p class=\"foot\">").append(e(footer)).append("</p></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // one face for every weight: bold headings must not fall back to a Latin-only standard font
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
