package org.w3id.kzlabour.publish;

import java.util.List;
import java.util.Locale;

/**
 * Longitude and latitude to SVG pixels: an equirectangular projection whose horizontal scale is
 * shrunk by the cosine of the box's middle latitude, so that Kazakhstan (40.5–55.5° N) keeps its
 * shape within a few per cent and a degree of longitude is not drawn as wide as a degree of
 * latitude. Enough for a country of this size; no projection library is needed.
 */
public final class MapProjection {

    private final double minLon;
    private final double maxLat;
    private final double scaleX;
    private final double scaleY;
    private final double margin;
    private final double width;
    private final double height;

    private MapProjection(double minLon, double maxLat, double scaleX, double scaleY, double margin, double width, double height) {
        this.minLon = minLon;
        this.maxLat = maxLat;
        this.scaleX = scaleX;
        this.scaleY = scaleY;
        this.margin = margin;
        this.width = width;
        this.height = height;
    }

    /**
     * The projection that fits the box (min lon, min lat, max lon, max lat) into {@code width}
     * pixels plus a margin on each side; the height follows from the shape.
     */
    public static MapProjection fit(double[] box, double width, double margin) {
        double cos = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double scaleY = (width - 2 * margin) / ((box[2] - box[0]) * cos);
        double scaleX = scaleY * cos;
        double height = (box[3] - box[1]) * scaleY + 2 * margin;
        return new MapProjection(box[0], box[3], scaleX, scaleY, margin, width, height);
    }

    public double x(double lon) {
        return margin + (lon - minLon) * scaleX;
    }

    public double y(double lat) {
        return margin + (maxLat - lat) * scaleY;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** An SVG path ({@code d}) of the rings, each closed, coordinates to 0.1 pixel. */
    public String path(List<CountryMap.Ring> rings) {
        StringBuilder d = new StringBuilder(4096);
        for (CountryMap.Ring ring : rings) {
            for (int i = 0; i < ring.lon().length; i++) {
                d.append(i == 0 ? 'M' : 'L').append(number(x(ring.lon()[i]))).append(',').append(number(y(ring.lat()[i])));
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** A pixel coordinate as the SVG writes it. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
