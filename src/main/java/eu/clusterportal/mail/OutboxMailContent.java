package eu.clusterportal.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail of the outbox with what it says: its text part and its HTML part.
 */
public record OutboxMailContent(OutboxMail mail, String text, String html) {

	// A web address in a text part, up to the next space or character no address holds.
	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

	/**
	 * A piece of the text part: a web address (to show as a link) or the text between
	 * two.
	 */
	public record TextPiece(String text, boolean link) {
	}

	/**
	 * The text part cut into plain text and web addresses, so that an editor can follow a
	 * link, e.g. a confirmation link while no SMTP server sends the mails.
	 */
	public List<TextPiece> textPieces() {
		List<TextPiece> pieces = new ArrayList<>();
		Matcher address = WEB_ADDRESS.matcher(text);
		int end = 0;
		while (address.find()) {
			if (address.start() > end) {
				pieces.add(new TextPiece(text.substring(end, address.start()), false));
			}
			pieces.add(new TextPiece(address.group(), true));
			end = address.end();
		}
		if (end < text.length()) {
			pieces.add(new TextPiece(text.substring(end), false));
		}
		return List.copyOf(pieces);
	}

}
