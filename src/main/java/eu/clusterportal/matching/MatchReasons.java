package eu.clusterportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.editorial.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why a candidate fits a request, as one sentence in the page's language: the terms they
 * share, the target country it is in, the kind of partner it is and its bonus.
 */
@Component
class MatchReasons {

	private final MessageSource messages;

	MatchReasons(MessageSource messages) {
		this.messages = messages;
	}

	String of(Candidate candidate, PartnerRequestDirection direction, Language language) {
		Locale locale = language.locale();
		List<String> shared = new ArrayList<>();
		for (SharedTerm term : candidate.sectors()) {
			shared.add(message(term.division() ? "matching.reason.sector" : "matching.reason.sector-section", locale,
					term.label(), term.code(), term.name()));
		}
		for (SharedTerm term : candidate.fields()) {
			shared.add(message(term.division() ? "matching.reason.field" : "matching.reason.field-section", locale,
					term.label(), term.code(), term.name()));
		}
		List<String> clauses = new ArrayList<>();
		if (!shared.isEmpty()) {
			clauses.add(message("matching.reason.shares", locale, list(shared, locale)));
		}
		clauses.add(message("matching.reason.country", locale, candidate.countryName()));
		if (candidate.kindFits()) {
			String type = message("matching.type." + typeKey(candidate.type()), locale);
			clauses.add(message("matching.reason.kind." + direction.name().toLowerCase(Locale.ROOT), locale, type));
		}
		if (candidate.bonus()) {
			clauses
				.add(message(candidate.isCluster() ? "matching.reason.partnership" : "matching.reason.help", locale));
		}
		String sentence = String.join(message("matching.reason.separator", locale), clauses);
		return sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
	}

	private String list(List<String> items, Locale locale) {
		if (items.size() == 1) {
			return items.get(0);
		}
		String head = String.join(message("matching.reason.list.separator", locale),
				items.subList(0, items.size() - 1));
		return head + message("matching.reason.list.last", locale) + items.get(items.size() - 1);
	}

	private static String typeKey(String type) {
		return type.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
