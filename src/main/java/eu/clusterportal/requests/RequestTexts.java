package eu.clusterportal.requests;

import java.util.Arrays;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.editorial.Language;

/**
 * What a request's page shows of its texts besides those in the page's language
 * ({@link PartnerRequest#title(Language)}).
 */
final class RequestTexts {

	private RequestTexts() {
	}

	/** The language the page is not in, where the member wrote both, or {@code null}. */
	static Language otherWritten(PartnerRequest request, Language page) {
		Language other = page.isOriginal() ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
		return (!request.title(page).fallback() && !request.title(other).fallback()) ? other : null;
	}

	/** A plain text's paragraphs (split at blank lines), each as its lines. */
	static List<List<String>> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\R\\s*\\R"))
			.map((paragraph) -> paragraph.strip().lines().map(String::strip).toList())
			.filter((lines) -> !lines.isEmpty())
			.toList();
	}

}
