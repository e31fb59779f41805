package city.keyprojects.reporting.bulletin.application;

import java.util.List;

import city.keyprojects.reporting.bulletin.domain.MonthlyBulletin;

/**
 * The bulletin as a printable HTML page (print it to PDF from any browser): the same tables as the workbook, a
 * print style sheet, no script and nothing fetched.
 */
public final class BulletinPage {

    private BulletinPage() {
    }

    public static String render(MonthlyBulletin bulletin) {
        StringBuilder html = new StringBuilder(16_384);
        String title = escape(BulletinTables.title(bulletin));
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(title).append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;}\n")
                .append("table{border-collapse:collapse;margin:0 0 1.5em;width:100%;}\n")
                .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;}\n")
                .append("th{background:#eee;}\n")
                .append("@media print{body{margin:0;}h2{break-after:avoid;}table{break-inside:auto;}}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n<p>截至 ")
                .append(bulletin.asOf()).append("（").append(bulletin.month()).append(" 月报已到期）</p>\n");
        for (BulletinTables.Table table : BulletinTables.of(bulletin)) {
            html.append("<h2>").append(escape(table.title())).append("</h2>\n<table>\n<thead><tr>");
            table.header().forEach(cell -> html.append("<th scope=\"col\">").append(escape(cell)).append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            if (table.rows().isEmpty()) {
                html.append("<tr><td colspan=\"").append(table.header().size()).append("\">无</td></tr>\n");
            }
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
