package eu.clusterportal.map;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The outlines shipped in {@code resources/maps}, read once: the world, and the maps of
 * single countries that have one (only China so far), by ISO 3166-1 alpha-2 code.
 */
@Component
public class Maps {

	private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

	private final OutlineMap world = OutlineMap.read(new ClassPathResource("maps/world.tsv"));

	private final Map<String, Optional<OutlineMap>> countries = new ConcurrentHashMap<>();

	public OutlineMap world() {
		return world;
	}

	/** The map of a country and its surroundings, if there is one. */
	public Optional<OutlineMap> country(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			return Optional.empty();
		}
		return countries.computeIfAbsent(code, (c) -> {
			Resource resource = new ClassPathResource("maps/countries/" + c + ".tsv");
			return resource.exists() ? Optional.of(OutlineMap.read(resource)) : Optional.empty();
		});
	}

}
