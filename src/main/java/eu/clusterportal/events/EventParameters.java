package eu.clusterportal.events;

/**
 * The event list's URL parameters as given, bound by Spring MVC; {@link EventSearch}
 * makes sense of them.
 */
record EventParameters(String country, String from, String to, String type, String audience, String when, String page) {

	EventSearch toSearch() {
		return EventSearch.fromParameters(this);
	}

}
