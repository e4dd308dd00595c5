package eu.clusterportal.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follows and digests.
 *
 * @param digestCron when the digest job looks for members whose period has ended and who
 * have not had its digest yet (each period ends at midnight in the portal's time zone, a
 * weekly one on Monday); running it every hour catches up after a downtime
 * @param maxFollows how many things a member may follow
 * @param maxEntries how many entries one section of a digest lists at most
 * @param unsubscribeKey the secret of the signed one-click unsubscribe links, at least 32
 * characters, or empty for one the portal makes and keeps in its database; links signed
 * with another key stop working
 */
@ConfigurationProperties("portal.alerts")
record AlertsProperties(@DefaultValue("0 5 * * * *") String digestCron, @DefaultValue("100") int maxFollows,
		@DefaultValue("20") int maxEntries, String unsubscribeKey) {

}
