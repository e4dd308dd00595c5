package eu.clusterportal.web;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Translatable;
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
		Object original = PropertyAccessorFactory.forBeanPropertyAccess(item).getPropertyValue(field);
		return item.getTranslations().text(field, (String) original, language(), drafts());
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
		return LocalizedProvenance.of(provenance, item.getTranslations(), attributePath, language(), drafts());
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

	private static boolean drafts() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(DRAFTS, RequestAttributes.SCOPE_REQUEST) != null;
	}

}
