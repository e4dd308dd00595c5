package eu.clusterportal.conversation;

import java.time.Instant;
import java.time.LocalDate;

/** What answering a partner request needs to know of it. */
record AnsweredRequest(long id, Long posterId, long organisationId, String organisationName, String titleEn,
		String titleZh, LocalDate deadline, Instant closedAt, boolean published) {

	boolean isOpenOn(LocalDate today) {
		return published && closedAt == null && !today.isAfter(deadline);
	}

}
