package eu.clusterportal.editorial;

import java.time.Instant;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Something editors change through forms: who created and last changed it and when, and a
 * version that refuses the second of two concurrent edits instead of letting it overwrite
 * the first.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class EditorialRecord {

	@Version
	private long version;

	@CreatedDate
	@NotAudited
	private Instant createdAt;

	@CreatedBy
	@NotAudited
	private String createdBy;

	@LastModifiedDate
	@NotAudited
	private Instant updatedAt;

	@LastModifiedBy
	@NotAudited
	private String updatedBy;

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	/**
	 * Checks that the editor started from the current version.
	 * @throws EditConflictException if someone else saved a newer one meanwhile
	 */
	public void checkVersion(Long editedVersion) {
		if (editedVersion == null || editedVersion != version) {
			throw new EditConflictException();
		}
	}

}
