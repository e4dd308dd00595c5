package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort;

class ClusterSortTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			name,asc      | name,asc
			name,desc     | name,desc
			city          | city,asc
			' City , DESC ' | city,desc
			country,desc  | country,desc
			""")
	void readsTheSortParameter(String parameter, String expected) {
		assertThat(ClusterSort.fromParameter(parameter).toParameter()).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "bogus", "name,up", "city,desc,extra", ",", "region,asc", "country.name" })
	void givesTheOrderByNameForAnythingElse(String parameter) {
		assertThat(ClusterSort.fromParameter(parameter)).isEqualTo(ClusterSort.DEFAULT);
		assertThat(ClusterSort.DEFAULT.toParameter()).isEqualTo("name,asc");
	}

	@Test
	void breaksTiesByNameThenSlugWithClustersWithoutACityLast() {
		assertThat(ClusterSort.fromParameter("city,desc").toSort()).containsExactly(
				new Sort.Order(Direction.DESC, "city").nullsLast(), new Sort.Order(Direction.ASC, "name"),
				new Sort.Order(Direction.ASC, "slug"));
		assertThat(ClusterSort.fromParameter("country,asc").toSort()).extracting(Sort.Order::getProperty)
			.containsExactly("country.name", "name", "slug");
		assertThat(ClusterSort.fromParameter("name,desc").toSort()).extracting(Sort.Order::getProperty)
			.containsExactly("name", "slug");
	}

	@Test
	void flipsTheCurrentColumnAndStartsAnotherAscending() {
		ClusterSort cityDesc = ClusterSort.fromParameter("city,desc");
		assertThat(cityDesc.next(ClusterSort.Key.CITY).toParameter()).isEqualTo("city,asc");
		assertThat(cityDesc.next(ClusterSort.Key.NAME).toParameter()).isEqualTo("name,asc");
		assertThat(ClusterSort.DEFAULT.next(ClusterSort.Key.NAME).toParameter()).isEqualTo("name,desc");
	}

}
