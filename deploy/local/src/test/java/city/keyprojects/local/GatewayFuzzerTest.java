package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.keyprojects.local.GatewayFuzzer.Answer;
import city.keyprojects.local.GatewayFuzzer.Case;
import city.keyprojects.local.GatewayFuzzer.Endpoint;
import city.keyprojects.local.GatewayFuzzer.Expect;

/** The fuzzer's own parts, without a platform: reading endpoints, making cases, judging answers. */
class GatewayFuzzerTest {

    private static final String OPEN_API = """
            {"paths":{"/api/things/{id}/moves":{"post":{"parameters":[
                {"name":"id","in":"path","schema":{"type":"string"}},
                {"name":"user","in":"query","schema":{"$ref":"#/components/schemas/CurrentUser"}},
                {"name":"page","in":"query","schema":{"type":"integer","format":"int32"}}],
              "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Move"}}}}}},
             "/api/things":{"get":{"parameters":[{"name":"text","in":"query","schema":{"type":"string"}}]}}},
             "components":{"schemas":{"Move":{"type":"object","properties":{
                "version":{"type":"integer"},"to":{"type":"string","enum":["A"]},
                "tags":{"type":"array","items":{"type":"string"}},"form":{"$ref":"#/components/schemas/Form"}}},
              "Form":{"type":"object","properties":{"name":{"type":"string"}}}}}}""";

    @Test
    void endpointsComeFromTheOpenApiDocumentWithoutTheParametersTheApplicationResolves() throws Exception {
        List<Endpoint> endpoints = GatewayFuzzer.endpoints(OPEN_API);

        assertThat(endpoints).extracting(Endpoint::toString).containsExactly("POST /api/things/{id}/moves",
                "GET /api/things");
        Endpoint move = endpoints.get(0);
        assertThat(move.pathTypes()).containsExactly(Map.entry("id", "string"));
        assertThat(move.query()).extracting(GatewayFuzzer.Param::name).containsExactly("page");
        assertThat(move.bodyProperties()).containsExactly(Map.entry("version", "integer"), Map.entry("to", "string"),
                Map.entry("tags", "array"), Map.entry("form", "object"));
        assertThat(move.takesBody()).isTrue();
        assertThat(endpoints.get(1).takesBody()).isFalse();
    }

    @Test
    void aChangeGetsEveryKindOfBadInputAndEveryBodyPropertyAnOperator() throws Exception {
        Endpoint move = GatewayFuzzer.endpoints(OPEN_API).get(0);
        List<Case> cases = GatewayFuzzer.cases(move, Map.of("id", "t-1"), "token");

        assertThat(cases).extracting(Case::group).contains("header", "path id", "query", "body");
        assertThat(cases).allSatisfy(fuzzCase -> assertThat(fuzzCase.expect()).isNotEqualTo(Expect.HARMLESS_READ));
        assertThat(cases).extracting(Case::name).contains("version={\"$ne\":\"\"}", "to={\"$gt\":\"\"}",
                "form={\"$where\":\"sleep(5000)\",\"$ne\":null}", "page[$ne]=x", "size=100000", "page=-1",
                "id=..", "id=%2e%2e", "Content-Type: text/plain", "bearer alg=none, expired");
        Case oversized = cases.stream().filter(fuzzCase -> fuzzCase.name().equals("body over 256 KB")).findFirst()
                .orElseThrow();
        assertThat(oversized.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(256 * 1024);
        Case deep = cases.stream().filter(fuzzCase -> fuzzCase.name().startsWith("arrays nested")).findFirst()
                .orElseThrow();
        assertThat(deep.body()).contains("[".repeat(GatewayFuzzer.DEEP_NESTING));
        // Every request, bad ids included, is a URI the client can send.
        cases.forEach(fuzzCase -> URI.create("http://localhost:8080" + fuzzCase.pathAndQuery()));
    }

    @Test
    void aReadMayIgnoreAnUnknownOperatorParameterButNotABadPageSize() throws Exception {
        Endpoint search = GatewayFuzzer.endpoints(OPEN_API).get(1);
        Map<String, Expect> expected = GatewayFuzzer.cases(search, Map.of(), null).stream()
                .collect(java.util.stream.Collectors.toMap(Case::name, Case::expect, (a, b) -> a));

        assertThat(expected).containsEntry("text[$ne]=x", Expect.HARMLESS_READ)
                .containsEntry("text={\"$ne\":null}", Expect.NOTHING_FOUND)
                .containsEntry("text=a%00b", Expect.NOTHING_FOUND)
                .containsEntry("bearer garbage", Expect.PROBLEM);
    }

    @Test
    void theExpiredTokenIsUnsignedAndExpiredIn1970() {
        String[] parts = GatewayFuzzer.unsignedExpiredToken().split("\\.", -1);

        assertThat(decode(parts[0])).contains("\"alg\":\"none\"");
        assertThat(decode(parts[1])).contains("\"exp\":1,", "CITY_ADMIN");
        assertThat(parts[2]).isEmpty();
    }

    @Test
    void onlyA4xxProblemOrAHarmlessReadKeepsTheRules() throws Exception {
        Endpoint search = GatewayFuzzer.endpoints(OPEN_API).get(1);
        Case read = new Case(search, "query", "q", "/api/things", Map.of(), null, Expect.HARMLESS_READ);
        Case bad = new Case(search, "header", "h", "/api/things", Map.of(), null, Expect.PROBLEM);

        assertThat(answer(read, 200, "application/json", "{}").violation()).isNull();
        Case filter = new Case(search, "query", "q", "/api/things", Map.of(), null, Expect.NOTHING_FOUND);
        assertThat(answer(filter, 200, "application/json", "{\"items\":[],\"total\":0}").violation()).isNull();
        assertThat(answer(filter, 200, "application/json", "{\"items\":[{}],\"total\":1}").violation())
                .isEqualTo("found 1");
        assertThat(answer(bad, 200, "application/json", "{}").violation()).isEqualTo("accepted");
        assertThat(answer(bad, 400, "application/problem+json", "{}").violation()).isNull();
        assertThat(answer(bad, 400, "text/html", "<p>").violation()).contains("not a problem response");
        assertThat(answer(bad, 431, "(none)", "").violation()).contains("not a problem response");
        assertThat(answer(bad, 431, "application/problem+json", "{}").violation()).isNull();
        assertThat(answer(read, 500, "application/problem+json", "{}").violation()).isEqualTo("a server error");
        assertThat(answer(read, GatewayFuzzer.TIMED_OUT, "", "").violation()).startsWith("no answer within 10 s");
    }

    private static Answer answer(Case fuzzCase, int status, String contentType, String body) {
        return new Answer(fuzzCase, status, contentType, body, 1);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
