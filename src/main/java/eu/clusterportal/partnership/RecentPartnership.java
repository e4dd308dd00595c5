package eu.clusterportal.partnership;

/**
 * A partnership among the last added, with figures over all partnerships.
 *
 * @param smesInvolved {@code null} when not known
 * @param partnershipsInAll every partnership, not only those listed
 * @param smesInAll the SMEs involved in the partnerships that say, {@code null} if none
 * does
 * @param partnershipsWithSmes the partnerships that say how many SMEs they involve
 */
public record RecentPartnership(String acronym, String name, Integer smesInvolved, long partnershipsInAll,
		Long smesInAll, long partnershipsWithSmes) {
}
