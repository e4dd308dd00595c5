package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
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

	/** Replaces everything an editor can change. */
	public void edit(Country country, NewsChannel channel, Partnership partnership, String title,
			LocalDate publishedOn, String summary, String url, PublicationStatus status) {
		setContent(country, title, summary, status);
		this.channel = channel;
		this.partnership = partnership;
		this.publishedOn = publishedOn;
		this.url = url;
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
