package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The offline map of Kazakhstan shipped in the jar: the country's outline (Natural Earth, public
 * domain) and its current regions (Who's On First), simplified by {@code scripts/map} into one
 * GeoJSON file of about 50 KB. Pages draw it as SVG on the server, so a map needs no tiles, no
 * script and no network; region lookups ({@link #regionAt}) assign a point to the region that
 * contains it.
 */
public final class CountryMap {

    static final String RESOURCE = "map/kazakhstan.geojson";

    private static volatile CountryMap shipped;

    /** A ring of a polygon: longitudes and latitudes, in degrees. */
    public record Ring(double[] lon, double[] lat) {}

    /** A region: its Who's On First id, Wikidata id (or null), names by language, label point, rings. */
    public record Region(long wof, String wikidata, Map<String, String> names, double labelLon, double labelLat, List<Ring> rings) {
        public String name(String lang) {
            return SiteStatistics.pickLabel(names, lang);
        }
    }

    private final List<Ring> country;
    private final List<Region> regions;
    private final Map<String, String> attribution;

    CountryMap(List<Ring> country, List<Region> regions, Map<String, String> attribution) {
        this.country = List.copyOf(country);
        this.regions = List.copyOf(regions);
        this.attribution = Map.copyOf(attribution);
    }

    /** The map shipped in the jar, read once. */
    public static CountryMap shipped() {
        CountryMap map = shipped;
        if (map == null) {
            try (InputStream in = CountryMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null)
                    throw new IllegalStateException("The map file " + RESOURCE + " is not in this build");
                map = read(JSON.parse(in));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            shipped = map;
        }
        return map;
    }

    static CountryMap read(JsonObject geojson) {
        List<Ring> country = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        for (JsonValue value : geojson.get("features").getAsArray()) {
            JsonObject feature = value.getAsObject();
            JsonObject p = feature.get("properties").getAsObject();
            List<Ring> rings = rings(feature.get("geometry").getAsObject());
            if ("country".equals(p.getString("kind"))) {
                country.addAll(rings);
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (String lang : Language.SUPPORTED)
                if (p.hasKey("name_" + lang) && p.get("name_" + lang).isString())
                    names.put(lang, p.getString("name_" + lang));
            JsonArray label = p.get("label").getAsArray();
            regions.add(new Region(p.get("wof").getAsNumber().value().longValue(),
                    p.get("wikidata").isString() ? p.getString("wikidata") : null, names,
                    number(label.get(0)), number(label.get(1)), rings));
        }
        Map<String, String> attribution = new LinkedHashMap<>();
        if (geojson.hasKey("attribution"))
            geojson.get("attribution").getAsObject().entrySet().forEach(e -> attribution.put(e.getKey(), e.getValue().getAsString().value()));
        return new CountryMap(country, regions, attribution);
    }

    private static List<Ring> rings(JsonObject geometry) {
        List<Ring> rings = new ArrayList<>();
        JsonArray coordinates = geometry.get("coordinates").getAsArray();
        switch (geometry.getString("type")) {
            case "Polygon" -> coordinates.forEach(ring -> rings.add(ring(ring.getAsArray())));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygon.getAsArray().forEach(ring -> rings.add(ring(ring.getAsArray()))));
            default -> throw new IllegalArgumentException("Not a polygon: " + geometry.getString("type"));
        }
        return rings;
    }

    private static Ring ring(JsonArray points) {
        double[] lon = new double[points.size()], lat = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            JsonArray point = points.get(i).getAsArray();
            lon[i] = number(point.get(0));
            lat[i] = number(point.get(1));
        }
        return new Ring(lon, lat);
    }

    private static double number(JsonValue value) {
        return value.getAsNumber().value().doubleValue();
    }

    /** The country's outline rings. */
    public List<Ring> country() {
        return country;
    }

    /** The regions, in Who's On First id order. */
    public List<Region> regions() {
        return regions;
    }

    /** Where the outline and the regions come from: {@code country}, {@code regions}, {@code wofLicence}. */
    public Map<String, String> attribution() {
        return attribution;
    }

    /** The region whose polygon contains the point, or null (outside every region, or on no region's land). */
    public Region regionAt(double lat, double lon) {
        for (Region region : regions)
            if (contains(region.rings(), lon, lat))
                return region;
        return null;
    }

    /** The region with this Wikidata id, or null. */
    public Region regionByWikidata(String qid) {
        for (Region region : regions)
            if (qid != null && qid.equals(region.wikidata()))
                return region;
        return null;
    }

    /** The region with this Who's On First id, or null. */
    public Region region(long wof) {
        for (Region region : regions)
            if (region.wof() == wof)
                return region;
        return null;
    }

    /**
     * Whether the point lies inside the rings by the even-odd rule (a ray cast east from the point
     * crosses the rings an odd number of times): holes and the parts of a multipolygon need no
     * special case.
     */
    public static boolean contains(List<Ring> rings, double lon, double lat) {
        boolean inside = false;
        for (Ring ring : rings) {
            double[] xs = ring.lon(), ys = ring.lat();
            for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                if ((ys[i] > lat) != (ys[j] > lat) && lon < (xs[j] - xs[i]) * (lat - ys[i]) / (ys[j] - ys[i]) + xs[i])
                    inside = !inside;
            }
        }
        return inside;
    }

    /** The bounding box of rings: min lon, min lat, max lon, max lat. */
    public static double[] bounds(List<Ring> rings) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Ring ring : rings)
            for (int i = 0; i < ring.lon().length; i++) {
                box[0] = Math.min(box[0], ring.lon()[i]);
                box[1] = Math.min(box[1], ring.lat()[i]);
                box[2] = Math.max(box[2], ring.lon()[i]);
                box[3] = Math.max(box[3], ring.lat()[i]);
            }
        return box;
    }
}
