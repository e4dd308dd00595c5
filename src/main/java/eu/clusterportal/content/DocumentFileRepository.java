package eu.clusterportal.content;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface DocumentFileRepository extends Repository<DocumentFile, Long> {

	DocumentFile save(DocumentFile file);

	Optional<DocumentFile> findById(Long id);

	/**
	 * Deletes files uploaded before the given time that neither a document nor any
	 * version in a document's history refers to: uploads of forms that were never saved.
	 * A document saved with one of them meanwhile makes the foreign key refuse the whole
	 * statement.
	 */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			delete from document_file f
			where f.uploaded_at < :before
			  and not exists (select 1 from document d where d.file_id = f.id)
			  and not exists (select 1 from document_aud a where a.file_id = f.id)""")
	int deleteUnreferencedUploadedBefore(@Param("before") Instant before);

	/**
	 * Deletes the file if neither a document nor any version in a document's history
	 * refers to it; like {@link #deleteUnreferencedUploadedBefore}, refused when one does
	 * meanwhile.
	 */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			delete from document_file f
			where f.id = :id
			  and not exists (select 1 from document d where d.file_id = f.id)
			  and not exists (select 1 from document_aud a where a.file_id = f.id)""")
	int deleteIfUnreferenced(@Param("id") long id);

}
