package eu.clusterportal.web;

import java.util.Map;

import eu.clusterportal.content.DocumentProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload above the multipart limit with 413 Content Too Large and the page
 * that says the PDF limit and that nothing was saved. The server stops such a request in
 * one of two places: while Spring Security reads the form's CSRF token, and then the
 * server's error page for 413 is shown ({@link UploadLimitAdvice}); or, when the token
 * came as a header, in Spring MVC's multipart resolver, before any controller is chosen,
 * which is why this advice applies to every controller.
 */
@ControllerAdvice
class UploadTooLargeHandler {

	static final String VIEW = "error/413";

	private final DocumentProperties documents;

	UploadTooLargeHandler(DocumentProperties documents) {
		this.documents = documents;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge() {
		return new ModelAndView(VIEW, Map.of(UploadLimitAdvice.ATTRIBUTE, documents.maxFileSize()),
				HttpStatus.CONTENT_TOO_LARGE);
	}

}
