package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import eu.clusterportal.editorial.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

class ListsTests {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishListsKeepTheirCommas() {
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(new Lists().join(List.of("Capital", "GDP per capita", "Currency")))
			.isEqualTo("Capital, GDP per capita, Currency");
	}

	@Test
	void chineseListsUseTheEnumerationComma() {
		LocaleContextHolder.setLocale(Language.SIMPLIFIED_CHINESE.locale());
		assertThat(new Lists().join(List.of("首都", "人均国内生产总值", "货币"))).isEqualTo("首都、人均国内生产总值、货币");
		assertThat(new Lists().join(List.of("首都"))).isEqualTo("首都");
	}

}
