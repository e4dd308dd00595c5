package eu.clusterportal.map;

/**
 * A country on a map: the SVG path of its outline, or, for a country too small to draw at
 * the map's scale, the place of a marker.
 *
 * @param code ISO 3166-1 alpha-2
 * @param name its name in Natural Earth, for checking the file by eye
 * @param path the outline, or {@code null} for a marker
 */
public record MapOutline(String code, String name, String path, double markerX, double markerY) {

	public boolean isMarker() {
		return path == null;
	}

}
