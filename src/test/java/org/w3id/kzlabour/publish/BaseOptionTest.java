package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.cli.Main;

/** {@code --base}: the server answers for another public namespace, e.g. behind a different redirect. */
class BaseOptionTest {

    static SiteFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.start("http://example.org/kg", List.of(SiteFixture.resource("fixture.ttl"), SiteFixture.resource("other-base.ttl")), List.of());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void pathsMapToTheConfiguredBase() throws Exception {
        HttpResponse<String> response = site.get("/id/thing/one", "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<http://example.org/kg/id/thing/one> <http://www.w3.org/2000/01/rdf-schema#label> \"Thing one under another base\"@en"));
        assertEquals(404, site.get("/id/event/wos-strike-2023").statusCode(), "IRIs under the default base are not this server's");
        String html = site.get("/id/thing/one", "Accept", "text/html").body();
        assertTrue(html.contains("http://example.org/kg/id/thing/one"));
        HttpResponse<String> voidTurtle = site.get("/.well-known/void");
        assertTrue(voidTurtle.body().contains("<http://example.org/kg/>"), "the dataset IRI is the base");
        assertTrue(voidTurtle.body().contains("\"http://example.org/kg/id/\""), "its URI space");
    }

    @Test
    void baseMustBeAnHttpIri() {
        assertThrows(IllegalArgumentException.class, () -> new PublicBase("ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> new PublicBase("http://example.org/<x>"));
        assertEquals(2, Main.run(new String[] {"serve", "--port", "0", "--data", SiteFixture.resource("other-base.ttl").toString(), "--base", "not a url"}));
    }
}
