package eu.clusterportal.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error controller with the choice turned round: the error page in HTML for
 * every client, JSON only for one that asks for JSON by name. Boot's own answers JSON to
 * {@code Accept: *}{@code /*} (curl, crawlers, many libraries), though this portal is
 * pages. Asked for directly, with no error to show, it is a page that is not there.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController extends BasicErrorController {

	ErrorPageController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers);
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) ? super.getStatus(request)
				: HttpStatus.NOT_FOUND;
	}

	@Override
	@RequestMapping
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		return super.errorHtml(request, response);
	}

	@Override
	@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		return super.error(request);
	}

}
