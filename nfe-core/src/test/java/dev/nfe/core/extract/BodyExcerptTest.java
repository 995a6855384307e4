package dev.nfe.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyExcerptTest {
    private static final Redactor REDACTOR = Redactor.of(Optional.of(new HttpSourceConfig.Auth(
            HttpSourceConfig.Placement.HEADER, "Authorization", Secret.of("Bearer abc.def-123"))));

    @Test
    void of_htmlPage_keepsTheTextOnOneLine() {
        assertThat(excerpt("<html>\n<body><h1>502 Bad Gateway</h1>\r\n\t<p>nginx</p></body></html>"))
                .isEqualTo("502 Bad Gateway nginx");
    }

    @Test
    void of_longBody_isCutToTwoHundredCharacters() {
        assertThat(excerpt("y".repeat(1000))).hasSize(BodyExcerpt.MAX_CHARS).endsWith("…");
    }

    @Test
    void of_bodyWithTheSecret_hidesTheWholeValueAndItsCredential() {
        assertThat(excerpt("sent Bearer abc.def-123, token abc.def-123"))
                .isEqualTo("sent [hidden], token [hidden]");
    }

    @Test
    void of_emptyBody_saysSo() {
        assertThat(excerpt(" \n ")).isEqualTo("(empty body)");
    }

    @Test
    void strip_urlWithTheAuthParameter_dropsOnlyThatParameter() {
        Redactor query = Redactor.of(Optional.of(new HttpSourceConfig.Auth(HttpSourceConfig.Placement.QUERY,
                "api_key", Secret.of("k3y-k3y"))));

        assertThat(query.strip(URI.create("https://h/x?a=1&api_key=k3y-k3y&b=2")))
                .hasToString("https://h/x?a=1&b=2");
    }

    private static String excerpt(String body) {
        return BodyExcerpt.of(body.getBytes(StandardCharsets.UTF_8), REDACTOR);
    }
}
