package eu.clusterportal.map;

/**
 * The equirectangular projection the map outlines were drawn in (see
 * {@code resources/maps/README.md}): degrees of longitude east of {@code west} are
 * shortened by the cosine of the standard parallel, degrees of latitude south of
 * {@code north} are not, and both are multiplied by {@code scale}. Coordinates are in the
 * units of an SVG view box {@code width} by {@code height}, y growing downwards.
 *
 * @param west the longitude at x = 0
 * @param north the latitude at y = 0
 * @param standardParallel the latitude at which the map keeps its proportions
 * @param scale view box units per degree of latitude
 */
public record MapProjection(double west, double north, double standardParallel, double scale, double width,
		double height) {

	public MapProjection {
		if (!(scale > 0 && width > 0 && height > 0 && Math.abs(standardParallel) < 90)) {
			throw new IllegalArgumentException("Not a projection: scale " + scale + ", size " + width + " by " + height
					+ ", standard parallel " + standardParallel);
		}
	}

	public double x(double longitude) {
		return (longitude - west) * Math.cos(Math.toRadians(standardParallel)) * scale;
	}

	public double y(double latitude) {
		return (north - latitude) * scale;
	}

	/** Whether the point falls within the view box. */
	public boolean covers(double latitude, double longitude) {
		double x = x(longitude);
		double y = y(latitude);
		return x >= 0 && x <= width && y >= 0 && y <= height;
	}

	/** The SVG {@code viewBox} attribute. */
	public String viewBox() {
		return "0 0 " + number(width) + " " + number(height);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
