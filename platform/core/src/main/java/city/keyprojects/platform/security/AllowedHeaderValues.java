package city.keyprojects.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's firewall rule for header values ({@link StrictServerWebExchangeFirewall#ALLOWED_HEADER_VALUES}:
 * every character assigned, no control character but tab), answered without its regular expression when the value
 * is printable ASCII, as nearly every header is. The expression runs on every header a request reads; on the
 * 750-character bearer token it was 13 % of the saturated gateway's CPU samples (JFR, docs/performance.md).
 */
final class AllowedHeaderValues implements Predicate<String> {

    @Override
    public boolean test(String value) {
        return value != null && printableAscii(value)
                || StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value);
    }

    private static boolean printableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' || c > '~') && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
