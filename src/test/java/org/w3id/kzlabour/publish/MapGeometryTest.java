package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The projection, the point-in-polygon test and the shipped map file. */
class MapGeometryTest {

    private static CountryMap.Ring square(double lon0, double lat0, double lon1, double lat1) {
        return new CountryMap.Ring(new double[] {lon0, lon1, lon1, lon0, lon0}, new double[] {lat0, lat0, lat1, lat1, lat0});
    }

    @Test
    void theProjectionFitsTheBoxAndScalesLongitudeByTheCosineOfTheMiddleLatitude() {
        double[] box = {50, 40, 80, 56};
        MapProjection p = MapProjection.fit(box, 600, 10);
        assertEquals(10, p.x(50), 1e-9);
        assertEquals(590, p.x(80), 1e-9);
        assertEquals(10, p.y(56), 1e-9);
        assertEquals(p.height() - 10, p.y(40), 1e-9);
        double degreeLon = p.x(51) - p.x(50), degreeLat = p.y(47) - p.y(48);
        assertEquals(Math.cos(Math.toRadians(48)), degreeLon / degreeLat, 1e-9);
        assertTrue(p.y(41) > p.y(55), "north is up");
    }

    @Test
    void aPathVisitsEveryPointAndClosesEachRing() {
        MapProjection p = MapProjection.fit(new double[] {0, 0, 10, 10}, 100, 0);
        String d = p.path(List.of(square(0, 0, 10, 10), square(2, 2, 4, 4)));
        assertEquals(2, d.chars().filter(c -> c == 'M').count());
        assertEquals(2, d.chars().filter(c -> c == 'Z').count());
        assertTrue(d.startsWith("M0.0,"), d);
    }

    @Test
    void pointInPolygonByTheEvenOddRuleHandlesHolesAndSeveralParts() {
        List<CountryMap.Ring> withHole = List.of(square(0, 0, 10, 10), square(4, 4, 6, 6));
        assertTrue(CountryMap.contains(withHole, 2, 2));
        assertFalse(CountryMap.contains(withHole, 5, 5), "inside the hole");
        assertFalse(CountryMap.contains(withHole, 11, 5));
        List<CountryMap.Ring> twoParts = List.of(square(0, 0, 1, 1), square(5, 5, 6, 6));
        assertTrue(CountryMap.contains(twoParts, 5.5, 5.5));
        assertFalse(CountryMap.contains(twoParts, 3, 3));
        CountryMap.Ring triangle = new CountryMap.Ring(new double[] {0, 10, 0, 0}, new double[] {0, 0, 10, 0});
        assertTrue(CountryMap.contains(List.of(triangle), 2, 2));
        assertFalse(CountryMap.contains(List.of(triangle), 6, 6));
    }

    @Test
    void theShippedMapHasKazakhstanAndItsRegionsWithNamesInThreeLanguages() {
        CountryMap map = CountryMap.shipped();
        double[] box = CountryMap.bounds(map.country());
        assertEquals(46.5, box[0], 0.6);
        assertEquals(40.6, box[1], 0.6);
        assertEquals(87.3, box[2], 0.6);
        assertEquals(55.4, box[3], 0.6);
        assertEquals(17, map.regions().size());
        for (CountryMap.Region region : map.regions()) {
            assertEquals(3, region.names().size(), region.names().toString());
            assertTrue(CountryMap.contains(region.rings(), region.labelLon(), region.labelLat())
                    || region.rings().stream().mapToInt(r -> r.lon().length).sum() < 40, "label point inside " + region.names());
        }
        assertTrue(map.attribution().get("country").contains("Natural Earth"));
        assertTrue(map.attribution().get("regions").contains("Who's On First"));
    }

    @Test
    void regionsAreFoundByPointAndByWikidataId() {
        CountryMap map = CountryMap.shipped();
        assertEquals(85672923L, map.regionAt(43.594, 52.079).wof(), "Zhetybai is in Mangystau");
        assertEquals(85672937L, map.regionAt(43.257, 76.928).wof(), "Almaty city");
        assertEquals(85672941L, map.regionAt(51.144, 71.437).wof(), "Astana");
        assertNull(map.regionAt(46.2, 6.15), "Geneva");
        assertEquals(85672889L, map.regionByWikidata("Q427658").wof(), "Atyrau Region");
        assertNull(map.regionByWikidata("Q1"));
    }
}
