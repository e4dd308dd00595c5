package eu.clusterportal.web;

import java.util.IdentityHashMap;
import java.util.Map;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts of translatable items in the language of the page being rendered, for
 * templates that show entities ({@code ${@localized.text(cluster, 'name')}}, written by
 * {@code fragments/i18n :: text}): the published translation, or the English original
 * marked as such. Drafts of translations show only in a request that asked for them, an
 * editor's preview ({@link #showDrafts}).
 */
@Component("localized")
public class LocalizedTexts {

	private static final String DRAFTS = LocalizedTexts.class.getName() + ".drafts";

	private static final String READ = LocalizedTexts.class.getName() + ".read";

	private final MessageSource messages;

	LocalizedTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** Lets the rest of this request show draft translations too. */
	public static void showDrafts(HttpServletRequest request) {
		request.setAttribute(DRAFTS, Boolean.TRUE);
	}

	/** The language of the page being rendered. */
	public Language language() {
		return Language.of(LocaleContextHolder.getLocale());
	}

	/**
	 * A text of an item in the page's language.
	 * @param field the Java attribute of the English text, as translations name it
	 * @return {@code null} when there is no item
	 */
	public LocalizedText text(Translatable item, String field) {
		if (item == null) {
			return null;
		}
		if (item instanceof Country country && "name".equals(field)) {
			return CountryNames.text(country, language(), drafts());
		}
		String original = (String) PropertyAccessorFactory.forBeanPropertyAccess(item).getPropertyValue(field);
		Language language = language();
		return language.isOriginal() ? LocalizedText.original(original)
				: translations(item).text(field, original, language, drafts());
	}

	/**
	 * A provenance attribute of an item, its detail in the page's language.
	 * @param attributePath the Java attribute of the provenance ({@code locationSource})
	 * @return {@code null} when the item has none recorded
	 */
	public LocalizedProvenance source(Translatable item, String attributePath) {
		if (item == null) {
			return null;
		}
		Provenance provenance = (Provenance) PropertyAccessorFactory.forBeanPropertyAccess(item)
			.getPropertyValue(attributePath);
		Language language = language();
		return LocalizedProvenance.of(provenance, language.isOriginal() ? Translations.NONE : translations(item),
				attributePath, language, drafts());
	}

	/**
	 * A provenance as a note shows it: a localized one as it is, a plain one with its
	 * detail as the original.
	 */
	public LocalizedProvenance note(Object provenance) {
		if (provenance instanceof Provenance plain) {
			return LocalizedProvenance.untranslated(plain, language());
		}
		return (LocalizedProvenance) provenance;
	}

	/**
	 * A text as escaped HTML to go into a message, where a fragment cannot: an original
	 * shown in place of a missing translation in an element with its own {@code lang},
	 * followed by the note that it is not translated yet.
	 */
	public String html(LocalizedText text) {
		String escaped = HtmlUtils.htmlEscape(text.toString());
		if (!text.fallback()) {
			return escaped;
		}
		return "<span lang=\"" + text.lang() + "\">" + escaped + "</span> <span class=\"untranslated\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("i18n.untranslated", null, LocaleContextHolder.getLocale()))
				+ "</span>";
	}

	/**
	 * An item's translations, read from their JSON once per request however many of its
	 * texts a page shows.
	 */
	@SuppressWarnings("unchecked")
	private static Translations translations(Translatable item) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return item.getTranslations();
		}
		Map<Translatable, Translations> read = (Map<Translatable, Translations>) request.getAttribute(READ,
				RequestAttributes.SCOPE_REQUEST);
		if (read == null) {
			read = new IdentityHashMap<>();
			request.setAttribute(READ, read, RequestAttributes.SCOPE_REQUEST);
		}
		return read.computeIfAbsent(item, Translatable::getTranslations);
	}

	private static boolean drafts() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(DRAFTS, RequestAttributes.SCOPE_REQUEST) != null;
	}

}
