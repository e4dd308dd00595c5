package eu.clusterportal.cache;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as a page sees it, noting the parameters the page asks for by name, so that
 * a page is kept only for parameters it reads: any other parameter (a tracking tag, or
 * junk sent to fill the cache) would make a copy of the same page per value. Spring's
 * data binder offers every parameter to a bean by listing the names and asking for each;
 * such an ask reads nothing in particular and is not counted. A page that reads a
 * parameter only through the whole map is not kept with it: less kept, never a wrong
 * page, since the key holds the whole query.
 */
final class ParameterReadingRequest extends HttpServletRequestWrapper {

	private final Set<String> read = new HashSet<>();

	/** The name last handed out while listing the names. */
	private String listed;

	ParameterReadingRequest(HttpServletRequest request) {
		super(request);
	}

	/** Whether the page asked for every parameter the request has. */
	boolean readEveryParameter() {
		return this.read.containsAll(Collections.list(super.getParameterNames()));
	}

	@Override
	public String getParameter(String name) {
		noteRead(name);
		return super.getParameter(name);
	}

	@Override
	public String[] getParameterValues(String name) {
		noteRead(name);
		return super.getParameterValues(name);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		Enumeration<String> names = super.getParameterNames();
		return new Enumeration<>() {

			@Override
			public boolean hasMoreElements() {
				return names.hasMoreElements();
			}

			@Override
			public String nextElement() {
				ParameterReadingRequest.this.listed = names.nextElement();
				return ParameterReadingRequest.this.listed;
			}

		};
	}

	private void noteRead(String name) {
		if (name.equals(this.listed)) {
			this.listed = null;
			return;
		}
		this.read.add(name);
	}

}
