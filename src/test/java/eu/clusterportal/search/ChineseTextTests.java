package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChineseTextTests {

	@Test
	void indexesDictionaryWordsAndEveryHanCharacterAtItsPosition() {
		assertThat(ChineseText.vector(List.of(new ChineseText.Weighted("重庆汽车", 'A'))))
			.isEqualTo("'庆':2A '汽':3A '汽车':3A '车':4A '重':1A '重庆':1A");
	}

	@Test
	void keepsLatinWordsAndNumbersCaseFoldedAndPunctuationApart() {
		assertThat(ChineseText.vector(List.of(new ChineseText.Weighted("ＥＳＣＰ-4i，5G基站", 'B'))))
			.isEqualTo("'4i':3B '5g':5B 'escp':1B '基':6B '站':7B");
	}

	@Test
	void weighsEachFieldAndKeepsTheFieldsApart() {
		assertThat(ChineseText.vector(List.of(new ChineseText.Weighted("汽车", 'A'),
				new ChineseText.Weighted("[汽车](https://example.com/car) 城", 'C'))))
			.isEqualTo("'城':8C '汽':1A,5C '汽车':1A,5C '车':2A,6C");
	}

	@Test
	void quotesLexemesForPostgresql() {
		assertThat(ChineseText.vector(List.of(new ChineseText.Weighted("don't", 'D')))).isEqualTo("'don''t':1");
		assertThat(ChineseText.vector(List.of(new ChineseText.Weighted(" ，。", 'A')))).isEmpty();
	}

	@Test
	void requiresEveryWordOfAQueryAndARunOfSingleCharactersAsAWhole() {
		assertThat(ChineseQuery.of("汽车").tsquery()).isEqualTo("('汽车' | '汽' <-> '车')");
		assertThat(ChineseQuery.of("车").tsquery()).isEqualTo("'车'");
		assertThat(ChineseQuery.of("中关村").tsquery()).isEqualTo("('中关村' | '中' <-> '关' <-> '村')");
		assertThat(ChineseQuery.of("5G基站").tsquery()).isEqualTo("('5g' & ('基站' | '基' <-> '站'))");
		assertThat(ChineseQuery.of("5G基站").han()).containsExactly("基站");
		assertThat(ChineseQuery.of("5G基站").others()).containsExactly("5g");
	}

	@Test
	void leavesOutWhatFollowsAMinusAndAsksForEitherSideOfOr() {
		assertThat(ChineseQuery.of("汽车 -重庆").tsquery()).isEqualTo("('汽车' | '汽' <-> '车') & !('重庆' | '重' <-> '庆')");
		assertThat(ChineseQuery.of("汽车 or 火车 “集群”").tsquery())
			.isEqualTo("(('汽车' | '汽' <-> '车') | ('火车' | '火' <-> '车')) & ('集群' | '集' <-> '群')");
		assertThat(ChineseQuery.of("汽车 -重庆").han()).containsExactly("汽车");
	}

	@Test
	void hasNoWordsInPunctuation() {
		assertThat(ChineseQuery.of("，。！ - \"").hasWords()).isFalse();
		assertThat(ChineseQuery.of("'; drop table country; --").tsquery()).isEqualTo("'drop' & 'table' & 'country'");
	}

	@Test
	void marksTheWordsOfAQueryInAnEscapedExtract() {
		assertThat(Snippets.chinese("重庆<b>汽车</b>产业与5G汽车", ChineseQuery.of("汽车 5g")))
			.isEqualTo("重庆&lt;b&gt;<mark>汽车</mark>&lt;/b&gt;产业与<mark>5G</mark><mark>汽车</mark>");
	}

	@Test
	void cutsALongTextAroundTheFirstMatch() {
		String text = "甲".repeat(200) + "汽车" + "乙".repeat(200);
		String snippet = Snippets.chinese(text, ChineseQuery.of("汽车"));
		assertThat(snippet).startsWith("…" + "甲".repeat(Snippets.CHINESE_LEAD) + "<mark>汽车</mark>乙").endsWith("乙…");
		assertThat(snippet.replaceAll("<[^>]+>|…", "")).hasSize(Snippets.CHINESE_LENGTH);
		assertThat(Snippets.chinese("丙".repeat(150), ChineseQuery.of("汽车"))).isEqualTo("丙".repeat(100) + "…");
	}

}
