package eu.clusterportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NameOrderTests {

	@Test
	void chineseNamesSortInPinyinOrder() {
		assertThat(sorted(Language.SIMPLIFIED_CHINESE, "深圳", "上海", "北京", "中关村", "大连", "无锡")).containsExactly("北京", "大连",
				"上海", "深圳", "无锡", "中关村");
	}

	@Test
	void chinesePagesListNamesInLatinLettersAfterChineseOnesAlphabetically() {
		assertThat(sorted(Language.SIMPLIFIED_CHINESE, "Zhongguancun Science Park", "上海", "Automotive cluster", "北京",
				"ÉCOLE", "5G基站"))
			.containsExactly("5G基站", "北京", "上海", "Automotive cluster", "ÉCOLE", "Zhongguancun Science Park");
	}

	@Test
	void englishNamesSortAlphabeticallyIgnoringCaseAndAccents() {
		assertThat(sorted(Language.ENGLISH, "egypt", "Zambia", "Ägypten", "Brazil")).containsExactly("Ägypten",
				"Brazil", "egypt", "Zambia");
	}

	private static List<String> sorted(Language language, String... names) {
		List<String> list = new ArrayList<>(Arrays.asList(names));
		list.sort(NameOrder.of(language));
		return list;
	}

}
