package eu.clusterportal.requests;

import java.util.Arrays;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;

/**
 * A request's texts in a page's language: the member's own in that language, or else
 * those in the other language, marked as such ({@link LocalizedText#fallback()}).
 */
final class RequestTexts {

	private RequestTexts() {
	}

	static LocalizedText title(PartnerRequest request, Language page) {
		Language written = request.textLanguage(page);
		return new LocalizedText(written.isOriginal() ? request.getTitleEn() : request.getTitleZh(), written,
				written != page);
	}

	static String description(PartnerRequest request, Language written) {
		return written.isOriginal() ? request.getDescriptionEn() : request.getDescriptionZh();
	}

	/** The language the page is not in, where the member wrote both, or {@code null}. */
	static Language otherWritten(PartnerRequest request, Language page) {
		Language other = page.isOriginal() ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
		if (request.textLanguage(page) != page) {
			return null;
		}
		return (request.textLanguage(other) == other) ? other : null;
	}

	/** A plain text's paragraphs (split at blank lines), each as its lines. */
	static List<List<String>> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\R\\s*\\R"))
			.map((paragraph) -> paragraph.strip().lines().map(String::strip).toList())
			.filter((lines) -> !lines.isEmpty())
			.toList();
	}

}
