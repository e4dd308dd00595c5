package eu.clusterportal.content;

import java.time.Year;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A result of cooperation with a country, such as a joint project. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Achievement extends ContentItem {

	@Column(name = "start_year")
	private Year start;

	@Column(name = "end_year")
	private Year end;

	private String url;

	protected Achievement() {
	}

	public Achievement(Country country, String title, Year start) {
		super(country, title);
		this.start = start;
	}

	/** Replaces everything an editor can change. */
	public void edit(Country country, String title, Year start, Year end, String url, String summary,
			PublicationStatus status) {
		setContent(country, title, summary, status);
		this.start = start;
		this.end = end;
		this.url = url;
	}

	public Year getStart() {
		return start;
	}

	public Year getEnd() {
		return end;
	}

	public String getUrl() {
		return url;
	}

}
