package eu.clusterportal.web;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.view.feed.AbstractAtomFeedView;

/** Renders the {@link AtomFeed} in the model attribute {@code feed} as Atom 1.0. */
public class AtomFeedView extends AbstractAtomFeedView {

	public static final String MODEL_ATTRIBUTE = "feed";

	public AtomFeedView() {
		setContentType("application/atom+xml;charset=UTF-8");
	}

	@Override
	protected void buildFeedMetadata(Map<String, Object> model, Feed feed, HttpServletRequest request) {
		AtomFeed atom = (AtomFeed) model.get(MODEL_ATTRIBUTE);
		feed.setId(atom.id());
		feed.setTitle(atom.title());
		feed.setUpdated(Date.from(atom.updated()));
		feed.setAlternateLinks(List.of(link("alternate", atom.page())));
		feed.setOtherLinks(List.of(link("self", atom.id())));
	}

	@Override
	protected List<Entry> buildFeedEntries(Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		return ((AtomFeed) model.get(MODEL_ATTRIBUTE)).entries().stream().map(AtomFeedView::entry).toList();
	}

	private static Entry entry(AtomFeed.Entry item) {
		Entry entry = new Entry();
		entry.setId(item.id());
		entry.setTitle(item.title());
		entry.setUpdated(Date.from(item.updated()));
		entry.setAlternateLinks(List.of(link("alternate", item.link())));
		if (item.summary() != null) {
			Content summary = new Content();
			summary.setType(Content.TEXT);
			summary.setValue(item.summary());
			entry.setSummary(summary);
		}
		return entry;
	}

	private static Link link(String rel, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		return link;
	}

}
