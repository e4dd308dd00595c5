package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.directory.PartnershipSort.Key;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort;

class PartnershipSortTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			smes,desc       | SMES     | DESC
			smes,asc        | SMES     | ASC
			partners,asc    | PARTNERS | ASC
			name,desc       | NAME     | DESC
			acronym         | ACRONYM  | ASC
			smes            | SMES     | DESC
			' SMES , DESC ' | SMES     | DESC
			""")
	void readsKeyAndDirectionFromTheUrl(String parameter, Key key, Direction direction) {
		assertThat(PartnershipSort.fromParameter(parameter)).isEqualTo(new PartnershipSort(key, direction));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "bogus", "smes,sideways", "smes,desc,extra", ",desc", "smes,", "smesInvolved,desc",
			"lower(acronym)", "name;drop table partnership" })
	void fallsBackToTheDefaultOrderForAnythingElse(String parameter) {
		assertThat(PartnershipSort.fromParameter(parameter)).isEqualTo(PartnershipSort.DEFAULT);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			smes,desc   | SMES     | smes,asc
			smes,asc    | SMES     | smes,desc
			smes,desc   | PARTNERS | partners,desc
			smes,desc   | NAME     | name,asc
			acronym,asc | ACRONYM  | acronym,desc
			""")
	void aHeaderClickTogglesItsOwnColumnAndStartsOthersInTheirNaturalDirection(String current, Key column,
			String expected) {
		assertThat(PartnershipSort.fromParameter(current).next(column).toParameter()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "smes,desc", "smes,asc", "partners,desc", "name,asc" })
	void putsUnknownFiguresLastAndBreaksTiesByAcronym(String parameter) {
		Sort sort = PartnershipSort.fromParameter(parameter).toSort();
		assertThat(sort).hasSize(2);
		assertThat(sort.iterator().next().getNullHandling()).isEqualTo(Sort.NullHandling.NULLS_LAST);
		assertThat(sort.getOrderFor("acronym")).isEqualTo(Sort.Order.asc("acronym"));
	}

}
