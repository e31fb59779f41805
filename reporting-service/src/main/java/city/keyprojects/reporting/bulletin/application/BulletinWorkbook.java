package city.keyprojects.reporting.bulletin.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import city.keyprojects.reporting.bulletin.domain.MonthlyBulletin;

/** The bulletin as an XLSX workbook: one sheet per table, its title in the first row, the header in bold. */
public final class BulletinWorkbook {

    private BulletinWorkbook() {
    }

    public static byte[] write(MonthlyBulletin bulletin) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (BulletinTables.Table table : BulletinTables.of(bulletin)) {
                Sheet sheet = workbook.createSheet(table.title().replaceAll("[（(].*", ""));
                sheet.createRow(0).createCell(0).setCellValue(BulletinTables.title(bulletin) + " · " + table.title());
                write(sheet.createRow(1), table.header(), header);
                int row = 2;
                for (List<String> cells : table.rows()) {
                    write(sheet.createRow(row++), cells, null);
                }
                for (int column = 0; column < table.header().size(); column++) {
                    sheet.setColumnWidth(column, 20 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int column = 0; column < cells.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(cells.get(column));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
