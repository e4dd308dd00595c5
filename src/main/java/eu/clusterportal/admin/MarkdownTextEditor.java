package eu.clusterportal.admin;

import java.beans.PropertyEditorSupport;

/**
 * Binds Markdown as typed, since leading spaces and line breaks mean something there; a
 * blank text is no text.
 */
class MarkdownTextEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue((text == null || text.isBlank()) ? null : text);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

}
