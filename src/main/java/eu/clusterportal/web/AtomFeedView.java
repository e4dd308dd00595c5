package eu.clusterportal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.view.AbstractView;

/** Renders the {@link AtomFeed} in the model attribute {@code feed} as Atom 1.0. */
public class AtomFeedView extends AbstractView {

	public static final String MODEL_ATTRIBUTE = "feed";

	private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	// XML 1.0 cannot carry these characters, not even escaped: one pasted into a title
	// would otherwise make the whole feed unreadable.
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	public AtomFeedView() {
		setContentType("application/atom+xml;charset=UTF-8");
	}

	@Override
	protected void renderMergedOutputModel(Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) throws IOException, XMLStreamException {
		AtomFeed feed = (AtomFeed) model.get(MODEL_ATTRIBUTE);
		response.setContentType(getContentType());
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(NAMESPACE);
		text(xml, "title", feed.title());
		link(xml, "alternate", feed.page());
		link(xml, "self", feed.id());
		text(xml, "id", feed.id());
		updated(xml, feed.updated());
		xml.writeStartElement("author");
		text(xml, "name", feed.author());
		xml.writeEndElement();
		for (AtomFeed.Entry entry : feed.entries()) {
			xml.writeStartElement("entry");
			text(xml, "title", entry.title());
			link(xml, "alternate", entry.link());
			text(xml, "id", entry.id());
			updated(xml, entry.updated());
			if (entry.summary() != null) {
				xml.writeStartElement("summary");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(xmlText(entry.summary()));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", xmlText(href));
	}

	private static void updated(XMLStreamWriter xml, Instant updated) throws XMLStreamException {
		text(xml, "updated", updated.toString());
	}

	private static String xmlText(String text) {
		return NOT_XML.matcher(text).replaceAll("");
	}

}
