package city.keyprojects.deploy.monitoring;

import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names a PromQL expression selects: identifiers that are neither functions (followed by {@code (}),
 * keywords, nor label names (inside {@code {...}} or the lists of {@code by}, {@code without}, {@code on},
 * {@code ignoring}, {@code group_left}, {@code group_right}). Strings, ranges and subqueries ({@code [5m]},
 * {@code [1h:5m]}), durations after {@code offset}, numbers and Grafana variables ({@code $x}, {@code ${x}}) are
 * skipped. A name is returned as written, suffix included ({@code _bucket}, {@code _count}, {@code _sum}).
 */
final class PromqlMetricNames {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");

    private PromqlMetricNames() {
    }

    static Set<String> of(String expression) {
        Set<String> names = new TreeSet<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expression, i);
            } else if (c == '#') {
                i = skipLine(expression, i);
            } else if (c == '{') {
                i = skipBlock(expression, i, '{', '}');
            } else if (c == '[') {
                i = skipBlock(expression, i, '[', ']');
            } else if (c == '$') {
                i = skipVariable(expression, i + 1);
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(expression.charAt(i + 1))) {
                // A number or a duration (1d, 5m, 1e3, 0x1f): letters after digits belong to it.
                i = skipNumber(expression, i);
            } else if (startsName(c)) {
                int end = skipWord(expression, i);
                String word = expression.substring(i, end);
                int next = skipSpaces(expression, end);
                // A call, or an aggregation whose grouping comes first: sum by (le) (...).
                boolean call = next < n && expression.charAt(next) == '(' || groupingFollows(expression, next);
                String lower = word.toLowerCase();
                if (LABEL_LISTS.contains(lower) && call) {
                    i = skipBlock(expression, next, '(', ')');
                } else {
                    if (!call && !KEYWORDS.contains(lower)) {
                        names.add(word);
                    }
                    i = end;
                }
            } else {
                i++;
            }
        }
        return names;
    }

    private static boolean groupingFollows(String s, int i) {
        int end = skipWord(s, i);
        String word = s.substring(i, end).toLowerCase();
        int next = skipSpaces(s, end);
        return (word.equals("by") || word.equals("without")) && next < s.length() && s.charAt(next) == '(';
    }

    private static boolean startsName(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static int skipWord(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    private static int skipNumber(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipLine(String s, int i) {
        int end = s.indexOf('\n', i);
        return end < 0 ? s.length() : end + 1;
    }

    private static int skipString(String s, int i) {
        char quote = s.charAt(i);
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != quote) {
            j += s.charAt(j) == '\\' && quote != '`' ? 2 : 1;
        }
        return j + 1;
    }

    /** From an opening bracket to just after its closing one, across nested brackets and strings. */
    private static int skipBlock(String s, int i, char open, char close) {
        int depth = 0;
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '"' || c == '\'' || c == '`') {
                j = skipString(s, j);
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        throw new IllegalArgumentException("Unbalanced " + open + " at " + i + " in: " + s);
    }

    private static int skipVariable(String s, int i) {
        return i < s.length() && s.charAt(i) == '{' ? skipBlock(s, i, '{', '}') : skipWord(s, i);
    }
}
