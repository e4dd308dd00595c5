package eu.clusterportal.events;

/** Which events the list shows, relative to today. */
enum EventPeriod {

	UPCOMING, PAST, ALL

}
