package eu.clusterportal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search on a Chinese page as a {@code tsquery} over the Chinese search vectors
 * ({@link ChineseText}). The terms are segmented as the texts are and their words must
 * all occur; a run of Han characters the dictionary split into single characters (a name
 * such as 中关村) must occur as a whole. As in the English search, {@code -word} leaves out
 * what holds the word and {@code or} between two terms asks for either.
 *
 * @param tsquery the query in PostgreSQL's text form, or {@code null} when the terms hold
 * no word
 * @param han the runs of Han characters to mark in a snippet
 * @param others the other words to mark in a snippet, case-folded
 */
record ChineseQuery(String tsquery, Set<String> han, Set<String> others) {

	static ChineseQuery of(String terms) {
		List<String> clauses = new ArrayList<>();
		Set<String> han = new LinkedHashSet<>();
		Set<String> others = new LinkedHashSet<>();
		List<String> alternatives = new ArrayList<>();
		boolean or = false;
		for (String chunk : terms.replaceAll("[\"“”「」『』]", " ").strip().split("\\s+")) {
			if (chunk.equalsIgnoreCase("or") && !alternatives.isEmpty()) {
				or = true;
				continue;
			}
			boolean negated = chunk.length() > 1 && (chunk.charAt(0) == '-' || chunk.charAt(0) == '－');
			String words = words(negated ? chunk.substring(1) : chunk, negated ? null : han, negated ? null : others);
			if (words == null) {
				continue;
			}
			String clause = negated ? "!" + words : words;
			if (!or && !alternatives.isEmpty()) {
				clauses.add(either(alternatives));
				alternatives.clear();
			}
			alternatives.add(clause);
			or = false;
		}
		if (!alternatives.isEmpty()) {
			clauses.add(either(alternatives));
		}
		return new ChineseQuery(clauses.isEmpty() ? null : String.join(" & ", clauses), han, others);
	}

	/** Whether the terms hold a word to look for. */
	boolean hasWords() {
		return tsquery != null;
	}

	private static String either(List<String> alternatives) {
		return (alternatives.size() == 1) ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")";
	}

	/**
	 * The words of one term, all required; {@code null} when it has none. Single Han
	 * characters that follow one another form one run.
	 */
	private static String words(String chunk, Set<String> han, Set<String> others) {
		List<String> parts = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		for (ChineseText.Word word : ChineseText.words(chunk)) {
			boolean single = word.han() && word.token().codePointCount(0, word.token().length()) == 1;
			if (single) {
				run.append(word.token());
				continue;
			}
			if (!run.isEmpty()) {
				parts.add(han(run.toString(), han));
				run.setLength(0);
			}
			if (word.han()) {
				parts.add(han(word.token(), han));
			}
			else {
				parts.add(ChineseText.quote(word.token()));
				if (others != null) {
					others.add(word.token());
				}
			}
		}
		if (!run.isEmpty()) {
			parts.add(han(run.toString(), han));
		}
		if (parts.isEmpty()) {
			return null;
		}
		return (parts.size() == 1) ? parts.get(0) : "(" + String.join(" & ", parts) + ")";
	}

	/** A run of Han characters: the word itself, or its characters one after another. */
	private static String han(String run, Set<String> han) {
		if (han != null) {
			han.add(run);
		}
		List<String> characters = run.codePoints().mapToObj(Character::toString).toList();
		if (characters.size() == 1) {
			return ChineseText.quote(run);
		}
		return "(" + ChineseText.quote(run) + " | "
				+ characters.stream().map(ChineseText::quote).collect(Collectors.joining(" <-> ")) + ")";
	}

}
