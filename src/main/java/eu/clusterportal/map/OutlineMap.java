package eu.clusterportal.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Country outlines in one projection, as {@code src/tools/maps/build-maps.mjs} wrote
 * them: comment lines, a {@code projection} line, then one line per country, code, name
 * and SVG path (or {@code @x y} for a marker), separated by tabs.
 */
public record OutlineMap(MapProjection projection, Map<String, MapOutline> outlines) {

	public Optional<MapOutline> outline(String code) {
		return Optional.ofNullable(outlines.get(code));
	}

	public List<MapOutline> all() {
		return List.copyOf(outlines.values());
	}

	static OutlineMap read(Resource resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			MapProjection projection = null;
			Map<String, MapOutline> outlines = new LinkedHashMap<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				if (fields[0].equals("projection")) {
					projection = new MapProjection(Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
							Double.parseDouble(fields[3]), Double.parseDouble(fields[4]), Double.parseDouble(fields[5]),
							Double.parseDouble(fields[6]));
				}
				else {
					outlines.put(fields[0], outline(fields));
				}
			}
			if (projection == null) {
				throw new IllegalStateException(resource + " has no projection line");
			}
			return new OutlineMap(projection, outlines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MapOutline outline(String[] fields) {
		if (fields[2].startsWith("@")) {
			String[] place = fields[2].substring(1).split(" ");
			return new MapOutline(fields[0], fields[1], null, Double.parseDouble(place[0]),
					Double.parseDouble(place[1]));
		}
		return new MapOutline(fields[0], fields[1], fields[2], 0, 0);
	}

}
