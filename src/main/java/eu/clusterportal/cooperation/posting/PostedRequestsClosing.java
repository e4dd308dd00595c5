package eu.clusterportal.cooperation.posting;

import java.time.Clock;

import eu.clusterportal.cooperation.PartnerRequestRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the requests a member posted when they leave: nobody would read the answers.
 * Written through Hibernate, so the public pages that show them are cleared.
 */
@Component
public class PostedRequestsClosing {

	private final PartnerRequestRepository requests;

	private final Clock clock;

	PostedRequestsClosing(PartnerRequestRepository requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * Closes them now, and writes it before the caller's plain SQL deletes the account
	 * (which forgets the poster).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void closeAllPostedBy(long accountId) {
		requests.findUnclosedByPoster(accountId).forEach((request) -> request.close(clock.instant()));
		requests.flush();
	}

}
