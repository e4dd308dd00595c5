package eu.clusterportal.content;

import org.springframework.data.repository.Repository;

public interface DocumentFileContentRepository extends Repository<DocumentFileContent, Long> {

	DocumentFileContent save(DocumentFileContent content);

}
