package city.keyprojects.reporting.bulletin.web;

import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.reporting.bulletin.application.BulletinPage;
import city.keyprojects.reporting.bulletin.application.BulletinWorkbook;
import city.keyprojects.reporting.bulletin.application.PublishingBulletins;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The monthly bulletin (月度通报) to download: as a workbook, or as a page to print. */
@RestController
class BulletinController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublishingBulletins bulletins;

    BulletinController(PublishingBulletins bulletins) {
        this.bulletins = bulletins;
    }

    @GetMapping("/api/reports/bulletins/{month}/xlsx")
    Mono<ResponseEntity<byte[]>> workbook(@PathVariable YearMonth month) {
        return bulletins.of(month).publishOn(Schedulers.boundedElastic()).map(bulletin -> ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bulletin-" + month + ".xlsx").build().toString())
                .body(BulletinWorkbook.write(bulletin)));
    }

    @GetMapping(value = "/api/reports/bulletins/{month}/html", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> page(@PathVariable YearMonth month) {
        return bulletins.of(month).map(BulletinPage::render);
    }
}
