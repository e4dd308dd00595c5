package eu.clusterportal.outage;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a page whose data could not be read because the database is unreachable with
 * {@link UnavailablePage}; other data access failures go on to the usual error page.
 * Spring MVC matches the exception and its causes. Failures outside controllers are
 * {@link DatabaseUnavailableFilter}'s.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableAdvice.class);

	private final DatabaseOutage outage;

	DatabaseUnavailableAdvice(DatabaseOutage outage) {
		this.outage = outage;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			SQLException.class })
	ModelAndView databaseUnreachable(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!outage.explains(ex)) {
			throw ex;
		}
		logger.warn("No database connection, " + request.getMethod() + " " + request.getRequestURI() + " answered 503: "
				+ NestedExceptionUtils.getMostSpecificCause(ex));
		UnavailablePage.addRetryAfter(response);
		return new ModelAndView(UnavailablePage.VIEW, UnavailablePage.STATUS);
	}

}
