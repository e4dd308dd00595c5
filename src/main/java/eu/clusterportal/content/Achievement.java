package eu.clusterportal.content;

import java.time.Year;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	/** Where what it says comes from; {@code null} when not recorded. */
	@Embedded
	private Provenance source;

	protected Achievement() {
	}

	public Achievement(Country country, String title, Year start) {
		super(country, title);
		this.start = start;
	}

	/** A new achievement as an editor describes it. */
	public Achievement(AchievementDetails details) {
		super(details.country(), details.title());
		edit(details);
	}

	/** Replaces everything an editor can change. */
	public void edit(AchievementDetails details) {
		setContent(details.country(), details.title(), details.summary(), details.status());
		this.start = details.start();
		this.end = details.end();
		this.url = details.url();
		this.source = details.source();
	}

	/** What an editor can change, as it is now. */
	public AchievementDetails details() {
		return new AchievementDetails(getCountry(), getTitle(), start, end, url, getSummary(), getStatus(), source);
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

	public Provenance getSource() {
		return source;
	}

}
