package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Redaction}: credentials out of URLs and of free text. */
class RedactionTest {

    @Test
    void secretQueryValuesAreMasked() {
        assertEquals("https://api.example.org/v1/data?series=GDP&api_key=REDACTED&format=json",
                Redaction.uri(URI.create("https://api.example.org/v1/data?series=GDP&api_key=abc123&format=json")));
        assertEquals("https://x.org/?token=REDACTED&key=REDACTED&apikey=REDACTED&access_token=REDACTED"
                + "&password=REDACTED&Subscription-Key=REDACTED&refresh_token=REDACTED",
                Redaction.uri(URI.create("https://x.org/?token=1&key=2&apikey=3&access_token=4&password=5"
                        + "&Subscription-Key=6&refresh_token=7")));
    }

    @Test
    void ordinaryParametersStayAsWritten() {
        String url = "https://api.worldbank.org/v2/country/KEN;UGA/indicator/NY.GDP.PCAP.CD?format=json&per_page=1000"
                + "&date=2000:2020&source=2&keyword=a%20b";
        assertEquals(url, Redaction.uri(URI.create(url)));
        assertEquals("https://x.org/a?flag&monkey=1", Redaction.uri(URI.create("https://x.org/a?flag&monkey=1")));
    }

    @Test
    void userInformationAndFragmentAreDropped() {
        assertEquals("https://host.org:8443/p?q=1",
                Redaction.uri(URI.create("https://user:secret@host.org:8443/p?q=1#frag")));
        assertEquals("http://127.0.0.1/", Redaction.uri(URI.create("http://u@127.0.0.1/")));
    }

    @Test
    void urlsInsideTextAreRedacted() {
        String text = "GET https://u:pw@x.org/a?token=t1&b=2 failed; then 'http://y.org/?password=p2' too";

        String safe = Redaction.text(text);

        assertEquals("GET https://x.org/a?token=REDACTED&b=2 failed; then 'http://y.org/?password=REDACTED' too", safe);
        assertFalse(safe.contains("t1") || safe.contains("p2") || safe.contains("pw"));
        assertEquals("", Redaction.text(null));
        assertEquals("no url here", Redaction.text("no url here"));
    }

    @Test
    void secretNamesAreRecognisedWithoutCase() {
        assertTrue(Redaction.isSecret("API_KEY"));
        assertTrue(Redaction.isSecret("client_secret"));
        assertTrue(Redaction.isSecret("X-Api-Key"));
        assertFalse(Redaction.isSecret("keyword"));
        assertFalse(Redaction.isSecret("monkey"));
        assertFalse(Redaction.isSecret("format"));
    }
}
