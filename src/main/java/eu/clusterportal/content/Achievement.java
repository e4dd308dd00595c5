package eu.clusterportal.content;

import java.time.Year;

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
