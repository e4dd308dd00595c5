package eu.clusterportal.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translation;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

class CountryNamesTests {

	@Test
	void chinesePagesNameCountriesAsCldrDoes() {
		assertThat(CountryNames.in(Language.SIMPLIFIED_CHINESE, "CN", "China")).isEqualTo("中国");
		assertThat(CountryNames.in(Language.SIMPLIFIED_CHINESE, "DE", "Germany")).isEqualTo("德国");
		assertThat(CountryNames.in(Language.SIMPLIFIED_CHINESE, "US", "United States")).isEqualTo("美国");
	}

	@Test
	void taiwanIsNamedAsTheEusChineseTextsNameIt() {
		assertThat(CountryNames.in(Language.SIMPLIFIED_CHINESE, "TW", "Taiwan")).isEqualTo("台湾");
	}

	@Test
	void englishPagesKeepTheStoredNameAsDoCountriesWithoutAKnownCode() {
		assertThat(CountryNames.in(Language.ENGLISH, "CN", "People's Republic of China"))
			.isEqualTo("People's Republic of China");
		assertThat(CountryNames.in(Language.SIMPLIFIED_CHINESE, null, "Atlantis")).isEqualTo("Atlantis");
		assertThat(CountryNames.in(Language.SIMPLIFIED_CHINESE, "QQ", "Atlantis")).isEqualTo("Atlantis");
	}

	@Test
	void aCountryWithoutACldrNameShowsItsTranslationOrElseItsEnglishNameMarkedAsSuch() {
		Country china = new Country("china", "China");
		china.edit(new CountryDetails("China", "CN", null, null, null, null, null, null, null, null, null, null));
		assertThat(CountryNames.text(china, Language.SIMPLIFIED_CHINESE, false))
			.isEqualTo(new LocalizedText("中国", Language.SIMPLIFIED_CHINESE, false));
		assertThat(CountryNames.text(china, Language.ENGLISH, false)).isEqualTo(LocalizedText.original("China"));

		Country atlantis = new Country("atlantis", "Atlantis");
		assertThat(CountryNames.text(atlantis, Language.SIMPLIFIED_CHINESE, false))
			.isEqualTo(new LocalizedText("Atlantis", Language.ENGLISH, true));
		atlantis.translate(Language.SIMPLIFIED_CHINESE,
				new Translation(PublicationStatus.PUBLISHED, Map.of("name", "亚特兰蒂斯")));
		assertThat(CountryNames.text(atlantis, Language.SIMPLIFIED_CHINESE, false))
			.isEqualTo(new LocalizedText("亚特兰蒂斯", Language.SIMPLIFIED_CHINESE, false));
	}

	@Test
	void theCountryListIsNamedAndSortedInPinyinOnChinesePages() {
		List<CountrySummary> summaries = List.of(summary("Brazil", "BR"), summary("China", "CN"),
				summary("Japan", "JP"), summary("Taiwan", "TW"), summary("United States", "US"));
		assertThat(CountrySummary.inLanguage(summaries, Language.SIMPLIFIED_CHINESE).stream().map(CountrySummary::name))
			.containsExactly("巴西", "美国", "日本", "台湾", "中国");
		assertThat(CountrySummary.inLanguage(summaries, Language.ENGLISH)).isSameAs(summaries);
	}

	@Test
	void targetCountriesInPinyinOrderOnChinesePagesAndAsGivenOnEnglishOnes() {
		List<Country> countries = List.of(country("China", "CN"), country("Japan", "JP"),
				country("United States", "US"));
		try {
			LocaleContextHolder.setLocale(Language.SIMPLIFIED_CHINESE.locale());
			assertThat(new CountryNames().sorted(countries).stream().map(Country::getName))
				.containsExactly("United States", "Japan", "China");
			LocaleContextHolder.setLocale(Language.ENGLISH.locale());
			assertThat(new CountryNames().sorted(countries)).isEqualTo(countries);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private static Country country(String name, String isoCode) {
		Country country = new Country(name.toLowerCase(), name);
		country.edit(new CountryDetails(name, isoCode, null, null, null, null, null, null, null, null, null, null));
		return country;
	}

	private static CountrySummary summary(String name, String isoCode) {
		return new CountrySummary(name.toLowerCase(), name, isoCode, false, 1);
	}

}
