package eu.clusterportal.web;

import eu.clusterportal.content.DocumentProperties;
import eu.clusterportal.content.FileSize;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the error pages the PDF limit, for {@code error/413.html} (see
 * {@link UploadTooLargeHandler}).
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
class UploadLimitAdvice {

	static final String ATTRIBUTE = "maxUploadSize";

	private final DocumentProperties documents;

	UploadLimitAdvice(DocumentProperties documents) {
		this.documents = documents;
	}

	@ModelAttribute(ATTRIBUTE)
	FileSize maxUploadSize() {
		return documents.maxFileSize();
	}

}
