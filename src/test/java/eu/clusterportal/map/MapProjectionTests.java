package eu.clusterportal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class MapProjectionTests {

	private static final MapProjection WORLD = new MapProjection(-180, 84, 0, 1000 / 360.0, 1000, 391.7);

	private static final MapProjection CHINA = new MapProjection(72, 55, 35, 12.5, 665.6, 487.5);

	@Test
	void placesTheCornersAndTheCentreOfThePlateCarree() {
		assertThat(WORLD.x(-180)).isZero();
		assertThat(WORLD.y(84)).isZero();
		assertThat(WORLD.x(180)).isCloseTo(1000, within(1e-9));
		assertThat(WORLD.y(-57)).isCloseTo(391.7, within(0.1));
		assertThat(WORLD.x(0)).isCloseTo(500, within(1e-9));
		assertThat(WORLD.y(0)).isCloseTo(84 * 1000 / 360.0, within(1e-9));
	}

	@Test
	void shortensDegreesOfLongitudeByTheCosineOfTheStandardParallel() {
		// Beijing, 39.90 N 116.41 E.
		assertThat(CHINA.x(116.41)).isCloseTo((116.41 - 72) * Math.cos(Math.toRadians(35)) * 12.5, within(1e-9))
			.isCloseTo(454.7, within(0.1));
		assertThat(CHINA.y(39.90)).isCloseTo(188.75, within(1e-9));
		double degreeEast = CHINA.x(101) - CHINA.x(100);
		double degreeSouth = CHINA.y(34) - CHINA.y(35);
		assertThat(degreeEast / degreeSouth).isCloseTo(Math.cos(Math.toRadians(35)), within(1e-12));
	}

	@Test
	void coversOnlyPointsInItsFrame() {
		assertThat(CHINA.covers(39.90, 116.41)).isTrue();
		assertThat(CHINA.covers(48.86, 2.35)).as("Paris").isFalse();
		assertThat(CHINA.covers(-33.87, 151.21)).as("Sydney").isFalse();
		assertThat(WORLD.covers(-33.87, 151.21)).isTrue();
		assertThat(WORLD.covers(-75, 0)).as("Antarctica, left out").isFalse();
	}

	@Test
	void writesItsViewBox() {
		assertThat(CHINA.viewBox()).isEqualTo("0 0 665.6 487.5");
		assertThat(new MapProjection(0, 0, 0, 1, 800, 600).viewBox()).isEqualTo("0 0 800 600");
	}

	@Test
	void refusesWhatIsNoProjection() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MapProjection(0, 0, 90, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new MapProjection(0, 0, 0, 0, 1, 1));
	}

	@Test
	void readsTheProjectionTheShippedMapsWereDrawnIn() {
		assertThat(map("maps/countries/CN.tsv").projection()).isEqualTo(CHINA);
		assertThat(map("maps/world.tsv").projection()).isEqualTo(WORLD);
	}

	/**
	 * The Java projection agrees with the one the outlines were drawn in: cities fall
	 * inside the outline of their country and outside the others.
	 */
	@ParameterizedTest
	@CsvSource(textBlock = """
			maps/countries/CN.tsv, CN, 39.90, 116.41, true
			maps/countries/CN.tsv, CN, 31.23, 121.47, true
			maps/countries/CN.tsv, CN, 43.83, 87.62, true
			maps/countries/CN.tsv, CN, 45.75, 126.65, true
			maps/countries/CN.tsv, CN, 29.65, 91.10, true
			maps/countries/CN.tsv, CN, 18.25, 109.51, true
			maps/countries/CN.tsv, CN, 37.57, 126.98, false
			maps/countries/CN.tsv, CN, 47.92, 106.92, false
			maps/countries/CN.tsv, CN, 21.03, 105.85, false
			maps/countries/CN.tsv, TW, 25.03, 121.56, true
			maps/countries/CN.tsv, CN, 25.03, 121.56, false
			maps/world.tsv, CN, 39.90, 116.41, true
			maps/world.tsv, US, 38.90, -77.04, true
			maps/world.tsv, BR, -15.79, -47.88, true
			maps/world.tsv, MA, 31.63, -8.01, true
			maps/world.tsv, US, 45.42, -75.70, false
			maps/world.tsv, CA, 45.42, -75.70, true
			""")
	void placesCitiesInsideTheOutlinesOfTheirCountries(String file, String code, double latitude, double longitude,
			boolean inside) {
		OutlineMap map = map(file);
		MapProjection projection = map.projection();
		assertThat(contains(map.outline(code).orElseThrow().path(), projection.x(longitude), projection.y(latitude)))
			.isEqualTo(inside);
	}

	@Test
	void marksCountriesTooSmallToDraw() {
		MapOutline singapore = map("maps/world.tsv").outline("SG").orElseThrow();
		assertThat(singapore.isMarker()).isTrue();
		assertThat(singapore.markerX()).isCloseTo(WORLD.x(103.8), within(1.0));
		assertThat(singapore.markerY()).isCloseTo(WORLD.y(1.35), within(1.0));
	}

	private static OutlineMap map(String path) {
		return OutlineMap.read(new ClassPathResource(path));
	}

	/**
	 * Even-odd rule over the rings of a path of M, m, l and z commands, as the maps have.
	 */
	private static boolean contains(String path, double x, double y) {
		boolean inside = false;
		for (List<double[]> ring : rings(path)) {
			for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
				double[] a = ring.get(i);
				double[] b = ring.get(j);
				if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	private static List<List<double[]>> rings(String path) {
		List<List<double[]>> rings = new ArrayList<>();
		Matcher tokens = Pattern.compile("[MmlLz]|-?\\d+(\\.\\d+)?").matcher(path);
		List<double[]> ring = null;
		double[] start = { 0, 0 };
		double[] current = { 0, 0 };
		char command = 'M';
		while (tokens.find()) {
			String token = tokens.group();
			if (Character.isLetter(token.charAt(0))) {
				command = token.charAt(0);
				if (command == 'z') {
					rings.add(ring);
					current = start;
				}
				continue;
			}
			tokens.find();
			double u = Double.parseDouble(token);
			double v = Double.parseDouble(tokens.group());
			boolean relative = Character.isLowerCase(command);
			current = relative ? new double[] { current[0] + u, current[1] + v } : new double[] { u, v };
			if (command == 'M' || command == 'm') {
				ring = new ArrayList<>();
				start = current;
				command = relative ? 'l' : 'L';
			}
			ring.add(current);
		}
		return rings;
	}

}
