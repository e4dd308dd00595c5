package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class NewsItem extends ContentItem {

	@Enumerated(EnumType.STRING)
	private NewsChannel channel;

	private LocalDate publishedOn;

	private String url;

	/** The partnership an ESCP-4i news item is about, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Partnership partnership;

	protected NewsItem() {
	}

	public NewsItem(Country country, NewsChannel channel, String title, LocalDate publishedOn) {
		super(country, title);
		this.channel = channel;
		this.publishedOn = publishedOn;
	}

	/** A new news item as an editor describes it. */
	public NewsItem(NewsDetails details) {
		super(details.country(), details.title());
		edit(details);
	}

	/** Replaces everything an editor can change. */
	public void edit(NewsDetails details) {
		setContent(details.country(), details.title(), details.summary(), details.status());
		this.channel = details.channel();
		this.partnership = details.partnership();
		this.publishedOn = details.publishedOn();
		this.url = details.url();
	}

	/** What an editor can change, as it is now. */
	public NewsDetails details() {
		return new NewsDetails(getCountry(), channel, partnership, getTitle(), publishedOn, getSummary(), url,
				getStatus());
	}

	public NewsChannel getChannel() {
		return channel;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getUrl() {
		return url;
	}

	public Partnership getPartnership() {
		return partnership;
	}

}
