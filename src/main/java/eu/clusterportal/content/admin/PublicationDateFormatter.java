package eu.clusterportal.content.admin;

import java.text.ParseException;
import java.util.Locale;

import eu.clusterportal.content.PublicationDate;
import org.springframework.format.Formatter;

/**
 * Reads a document's publication date from one form field, "YYYY-MM-DD" or only "YYYY";
 * anything else becomes the field's type-mismatch error.
 */
class PublicationDateFormatter implements Formatter<PublicationDate> {

	@Override
	public PublicationDate parse(String text, Locale locale) throws ParseException {
		try {
			return PublicationDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(PublicationDate date, Locale locale) {
		return date.toString();
	}

}
