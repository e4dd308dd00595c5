package eu.clusterportal.alerts;

import org.springframework.context.ApplicationContext;

/**
 * Runs the digest job now, as its schedule would, for tests outside this package.
 */
public final class Digests {

	private final DigestJob job;

	public Digests(ApplicationContext context) {
		this.job = context.getBean(DigestJob.class);
	}

	public void sendDue() {
		this.job.sendDigests();
	}

}
