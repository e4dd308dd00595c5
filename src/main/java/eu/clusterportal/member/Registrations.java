package eu.clusterportal.member;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.MailOutbox;
import eu.clusterportal.member.AccountLinks.Purpose;
import eu.clusterportal.member.AccountLinks.State;
import eu.clusterportal.web.PortalBaseUrl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers members and confirms their addresses. Whether an address already has an
 * account, the person registering gets the same answer; only the mail differs, and it
 * goes to the address, whose owner alone reads it.
 */
@Service
@Transactional
class Registrations {

	static final String CONFIRMATION_MAIL = "member-confirmation";

	static final String ADDRESS_TAKEN_MAIL = "member-address-taken";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountLinks links;

	private final MailOutbox outbox;

	private final PortalBaseUrl baseUrl;

	private final MembersProperties properties;

	private final Clock clock;

	Registrations(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountLinks links, MailOutbox outbox,
			PortalBaseUrl baseUrl, MembersProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.links = links;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new, unconfirmed member with the page's language and a mail with the link that
	 * confirms the address; for an address that has an account, a mail to its owner
	 * instead (a new link if it is a member who has not confirmed yet).
	 */
	void register(RegistrationForm form, Language language) {
		// Hashed either way, so that the answer takes as long whether the address is
		// taken.
		String encoded = passwordEncoder.encode(form.getPassword());
		Optional<Account> existing = accounts.findByEmail(form.getEmail());
		if (existing.isPresent()) {
			tellTheOwner(existing.get());
			return;
		}
		Account account = new Account(form.getEmail(), form.getName().strip(), encoded, Role.MEMBER);
		account.setLanguage(language);
		accounts.save(account);
		sendConfirmationLink(account);
	}

	/**
	 * A new link for an enabled member who has not confirmed the address; else nothing.
	 */
	void resend(String email) {
		accounts.findByEmail(email).filter(Registrations::awaitsConfirmation).ifPresent(this::sendConfirmationLink);
	}

	/** What the link of a confirmation mail names, without using it. */
	Optional<State> check(String token) {
		return links.find(token, Purpose.CONFIRM_EMAIL).map(AccountLinks.Link::state);
	}

	/** Confirms the address the link was sent to; false if the link is not usable. */
	boolean confirm(String token) {
		Optional<Account> account = links.use(token, Purpose.CONFIRM_EMAIL).flatMap(accounts::findById);
		account.ifPresent((confirmed) -> confirmed.confirmEmail(clock.instant()));
		return account.isPresent();
	}

	private void tellTheOwner(Account owner) {
		if (awaitsConfirmation(owner)) {
			sendConfirmationLink(owner);
			return;
		}
		outbox.queue(owner.getEmail(), owner.getLanguage(), ADDRESS_TAKEN_MAIL,
				Map.of("name", owner.getDisplayName(), "signInUrl", baseUrl.url(owner.getLanguage(), "/login")));
	}

	private void sendConfirmationLink(Account account) {
		String token = links.issue(account.getId(), Purpose.CONFIRM_EMAIL, properties.confirmationValidity());
		outbox.queue(account.getEmail(), account.getLanguage(), CONFIRMATION_MAIL,
				Map.of("name", account.getDisplayName(), "confirmUrl",
						baseUrl.url(account.getLanguage(), "/register/confirm?token=" + token), "hours",
						properties.confirmationValidity().toHours()));
	}

	private static boolean awaitsConfirmation(Account account) {
		return account.getRole() == Role.MEMBER && account.isEnabled() && !account.isEmailConfirmed();
	}

}
