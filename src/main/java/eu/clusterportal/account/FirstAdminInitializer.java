package eu.clusterportal.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin account when there is none, so that nobody needs SQL and there
 * is no built-in default password: the password comes from {@code portal.admin.password},
 * or is made up once, printed once in the log, and must be changed at the first sign-in.
 * A configured password that is easy to guess stops the start: it would guard the most
 * powerful account, and whoever configured it is there to choose another. This runs once
 * every bean is ready and before the web server opens its port, so a start that fails
 * never served a request, and no request finds the portal without an admin.
 */
@Component
class FirstAdminInitializer implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminInitializer.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordStrength strength;

	private final MessageSource messages;

	private final String email;

	private final String password;

	FirstAdminInitializer(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordStrength strength,
			MessageSource messages, @Value("${portal.admin.email}") String email,
			@Value("${portal.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.strength = strength;
		this.messages = messages;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (accounts.count() > 0) {
			return;
		}
		boolean oneTime = password.isBlank();
		if (!oneTime) {
			strength.weakness(password, email).ifPresent((reason) -> {
				throw new IllegalStateException("The first admin's password (portal.admin.password, "
						+ "PORTAL_ADMIN_PASSWORD) is too easy to guess: " + messages.getMessage(reason, Locale.ENGLISH)
						+ " Configure a longer passphrase, or none to get a one-time password in the log.");
			});
		}
		String initial = oneTime ? OneTimePasswords.generate() : password;
		Account admin = new Account(email, "Administrator", passwordEncoder.encode(initial), Role.ADMIN);
		if (oneTime) {
			admin.requirePasswordChange();
			logger.warn("Created the first admin account {} with the one-time password {} - sign in at /login "
					+ "and choose your own password. This password is not shown again.", email, initial);
		}
		else {
			logger.info("Created the first admin account {} with the configured password", email);
		}
		accounts.save(admin);
	}

}
