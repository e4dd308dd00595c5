package eu.clusterportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;

class PublicationDateTests {

	@Test
	void aYearAloneStaysAYearWithoutAMadeUpDay() {
		PublicationDate date = PublicationDate.parse(" 2019 ");
		assertThat(date.isDayKnown()).isFalse();
		assertThat(date.year()).isEqualTo(Year.of(2019));
		assertThat(date.day()).isNull();
		assertThat(date).hasToString("2019");
	}

	@Test
	void aDayIsReadStrictly() {
		assertThat(PublicationDate.parse("2019-05-14").day()).isEqualTo(LocalDate.of(2019, 5, 14));
		assertThat(PublicationDate.parse("2019-05-14")).hasToString("2019-05-14");
		assertThatIllegalArgumentException().isThrownBy(() -> PublicationDate.parse("2019-02-31"));
		assertThatIllegalArgumentException().isThrownBy(() -> PublicationDate.parse("14/05/2019"));
		assertThatIllegalArgumentException().isThrownBy(() -> PublicationDate.parse("19"));
	}

	@Test
	void datesOutsideTheYears1900To2100AreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PublicationDate.parse("1899"));
		assertThatIllegalArgumentException().isThrownBy(() -> PublicationDate.parse("2101-01-01"));
	}

	@Test
	void nothingKnownIsNoDate() {
		assertThat(PublicationDate.of(null, null)).isNull();
	}

}
