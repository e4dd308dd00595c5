package eu.clusterportal.member;

import java.util.Map;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountSessions.AccessChanged;
import eu.clusterportal.cooperation.posting.PostedRequestsClosing;
import eu.clusterportal.mail.MailOutbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a member's account as the privacy notice says: the account, the organisations
 * they represent or asked to (by cascade: the organisations stay), the mails written to
 * them; the partner requests they posted are closed (nobody would read the answers); what
 * they wrote stays, but every place that named them as its author (who created or last
 * changed an organisation or a partner request, the author of a revision) says
 * {@value #DELETED_MEMBER} instead. A last mail confirms it; their sessions end when the
 * deletion is committed.
 */
@Service
class AccountDeletion {

	static final String DELETED_MEMBER = "deleted member";

	static final String MAIL = "member-deleted";

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final PostedRequestsClosing postedRequests;

	AccountDeletion(JdbcClient jdbc, MailOutbox outbox, ApplicationEventPublisher events,
			PostedRequestsClosing postedRequests) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.events = events;
		this.postedRequests = postedRequests;
	}

	@Transactional
	void delete(Account account) {
		String email = account.getEmail();
		postedRequests.closeAllPostedBy(account.getId());
		jdbc.sql("update organisation set created_by = :deleted where created_by = :email")
			.param("deleted", DELETED_MEMBER)
			.param("email", email)
			.update();
		jdbc.sql("update organisation set updated_by = :deleted where updated_by = :email")
			.param("deleted", DELETED_MEMBER)
			.param("email", email)
			.update();
		// no public page shows who wrote a request: these writes clear no page
		jdbc.sql("update partner_request set created_by = :deleted where created_by = :email")
			.param("deleted", DELETED_MEMBER)
			.param("email", email)
			.update();
		jdbc.sql("update partner_request set updated_by = :deleted where updated_by = :email")
			.param("deleted", DELETED_MEMBER)
			.param("email", email)
			.update();
		jdbc.sql("update revision set author = :deleted where author = :email")
			.param("deleted", DELETED_MEMBER)
			.param("email", email)
			.update();
		jdbc.sql("delete from outbox_mail where recipient = ?").param(email).update();
		jdbc.sql("delete from sign_in_throttle where email_key = ?").param(email).update();
		jdbc.sql("delete from registration_throttle where throttle_key = ?").param("address:" + email).update();
		jdbc.sql("delete from account where id = ?").param(account.getId()).update();
		outbox.queue(email, account.getLanguage(), MAIL, Map.of("name", account.getDisplayName()));
		events.publishEvent(new AccessChanged(account, false));
	}

}
