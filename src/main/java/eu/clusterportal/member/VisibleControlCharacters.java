package eu.clusterportal.member;

import java.beans.PropertyEditorSupport;

/**
 * Binds text as typed, for the form's rules to judge, and shows it back with its control
 * characters (but tab and line breaks) replaced by U+FFFD, the replacement character, as
 * an HTML parser would read them: a form refused for them can show what was typed, where
 * they were, in a valid page.
 */
class VisibleControlCharacters extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue(text);
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof String text) ? text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "\uFFFD") : null;
	}

}
