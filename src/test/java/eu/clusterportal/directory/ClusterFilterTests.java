package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.directory.ClusterFilter.Param;
import eu.clusterportal.directory.ClusterFilterOptions.Option;
import eu.clusterportal.directory.ClusterFilterOptions.OptionGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.util.UriComponentsBuilder;

class ClusterFilterTests {

	private final ClusterFilterOptions options = new ClusterFilterOptions(List.of(new Option("china", "China", false)),
			List.of(new OptionGroup("China", List.of(new Option("pearl-river-delta", "Pearl River Delta", false)))),
			List.of(new Option("C", "C Manufacturing", false), new Option("C29", "C29 Motor vehicles", true)),
			List.of(new Option("Y04", "Y04 ICT", true)));

	@Test
	void tidiesTheValuesFromTheUrl() {
		assertThat(ClusterFilter.of(" China ", "", "c29", "  "))
			.isEqualTo(new ClusterFilter("china", null, "C29", null));
		assertThat(ClusterFilter.of(null, null, null, null).isEmpty()).isTrue();
	}

	@Test
	void addsOnlyTheParametersThatAreSetInOrder() {
		ClusterFilter filter = ClusterFilter.of(null, "pearl-river-delta", "C29", "Y04");
		assertThat(filter.params()).containsExactly(Param.REGION, Param.SECTOR, Param.FIELD);
		assertThat(filter.addTo(UriComponentsBuilder.fromPath("/clusters")).build().toUriString())
			.isEqualTo("/clusters?region=pearl-river-delta&sector=C29&field=Y04");
		assertThat(filter.without(Param.SECTOR)).isEqualTo(ClusterFilter.of(null, "pearl-river-delta", null, "Y04"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			china  | pearl-river-delta | C29  | Y04  | -
			narnia | pearl-river-delta | C29  | Y04  | country
			china  | atlantis          | C    | -    | region
			china  | -                 | C99  | Z    | sector field
			""")
	void leavesOutTheValuesThatAreNotAmongTheOptions(String country, String region, String sector, String field,
			String unknown) {
		ClusterFilter requested = ClusterFilter.of(country, region, sector, field);
		List<String> expected = (unknown != null) ? List.of(unknown.split(" ")) : List.of();
		assertThat(options.unknown(requested)).extracting(Param::parameter).containsExactlyElementsOf(expected);
		ClusterFilter known = options.known(requested);
		assertThat(known.params()).extracting(Param::parameter)
			.containsExactlyElementsOf(
					requested.params().stream().map(Param::parameter).filter((p) -> !expected.contains(p)).toList());
		assertThat(options.unknown(known)).isEmpty();
	}

	@Test
	void labelsAKnownValueAndIndentsADivisionInTheMenu() {
		assertThat(options.label(Param.REGION, "pearl-river-delta")).contains("Pearl River Delta");
		assertThat(options.label(Param.SECTOR, "C30")).isEmpty();
		assertThat(options.sectors()).extracting(Option::menuLabel)
			.containsExactly("C Manufacturing", "\u00a0\u00a0\u00a0C29 Motor vehicles");
	}

}
