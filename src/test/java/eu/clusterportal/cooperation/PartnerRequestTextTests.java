package eu.clusterportal.cooperation;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of a request's texts each page language shows, the one choice behind every page,
 * feed, mail and digest that names a request.
 */
class PartnerRequestTextTests {

	@Test
	void aTextWrittenInThePagesLanguageIsShownAsItsOwn() {
		assertThat(PartnerRequest.text("Sensors", "传感器", Language.ENGLISH))
			.isEqualTo(new LocalizedText("Sensors", Language.ENGLISH, false));
		assertThat(PartnerRequest.text("Sensors", "传感器", Language.SIMPLIFIED_CHINESE))
			.isEqualTo(new LocalizedText("传感器", Language.SIMPLIFIED_CHINESE, false));
	}

	@Test
	void withoutOneInThePagesLanguageTheOtherIsShownMarkedWithItsLanguage() {
		LocalizedText chinese = PartnerRequest.text(null, "传感器", Language.ENGLISH);
		assertThat(chinese).isEqualTo(new LocalizedText("传感器", Language.SIMPLIFIED_CHINESE, true));
		assertThat(chinese.lang()).isEqualTo("zh-Hans");
		LocalizedText english = PartnerRequest.text("Sensors", null, Language.SIMPLIFIED_CHINESE);
		assertThat(english).isEqualTo(new LocalizedText("Sensors", Language.ENGLISH, true));
		assertThat(english.lang()).isEqualTo("en");
	}

}
