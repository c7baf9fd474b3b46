package com.griddesk.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.griddesk.report.ReportContent;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The report as an Excel workbook (Apache POI): a sheet per section with its header row; cells that
 * hold plain numbers are written as numbers, so they can be summed and charted.
 */
@Component
class ExcelRenderer {

    byte[] render(ReportContent content) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet cover = book.createSheet(sheetName(content.title(), 0));
            cover.createRow(0).createCell(0).setCellValue(content.title());
            cover.getRow(0).getCell(0).setCellStyle(bold);
            cover.createRow(1).createCell(0).setCellValue(content.subtitle());
            int n = 1;
            for (ReportContent.Section s : content.sections()) {
                Sheet sheet = book.createSheet(sheetName(s.title(), n++));
                Row header = sheet.createRow(0);
                for (int c = 0; c < s.columns().size(); c++) {
                    header.createCell(c).setCellValue(s.columns().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    var cells = s.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String v = cells.get(c);
                        if (v.matches("-?\\d{1,15}")) {
                            row.createCell(c).setCellValue(Long.parseLong(v));
                        }
                        else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
                if (s.note() != null) {
                    sheet.createRow(s.rows().size() + 2).createCell(0).setCellValue(s.note());
                }
                for (int c = 0; c < s.columns().size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique by their number. */
    static String sheetName(String title, int n) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        String prefix = n + " ";
        return (prefix + clean).substring(0, Math.min(31, prefix.length() + clean.length()));
    }
}
