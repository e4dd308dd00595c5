package eu.clusterportal.member;

import java.beans.PropertyEditorSupport;

/**
 * Binds text with its control characters (but tab and line breaks) replaced by U+FFFD,
 * the replacement character, as an HTML parser would read them: a form refused for them
 * can show what was typed, where they were, in a valid page. The form's own rules refuse
 * U+FFFD, so nothing with such a character is kept.
 */
class VisibleControlCharacters extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue((text != null) ? text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "\uFFFD") : null);
	}

}
