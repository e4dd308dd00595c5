package eu.clusterportal.editorial;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Repository;

/** Reads the revision history that Envers keeps for audited content. */
@Repository
public class RevisionHistory {

	private final EntityManager entityManager;

	RevisionHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Every saved state of an item, newest first. */
	@SuppressWarnings("unchecked")
	public <T> List<RevisionEntry<T>> of(Class<T> type, Object id) {
		List<Object[]> rows = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList();
		return rows.stream()
			.map((row) -> new RevisionEntry<>((T) row[0], (Revision) row[1], (RevisionType) row[2]))
			.toList();
	}

	/**
	 * The item as it was at a revision, if it existed then; revisions are counted from 1,
	 * and Envers refuses to look up any other.
	 */
	public <T> Optional<T> at(Class<T> type, Object id, long revision) {
		if (revision <= 0) {
			return Optional.empty();
		}
		return Optional.ofNullable(AuditReaderFactory.get(entityManager).find(type, id, revision));
	}

}
