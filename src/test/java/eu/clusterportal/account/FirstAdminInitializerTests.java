package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first admin's configured password (PORTAL_ADMIN_PASSWORD), on an empty portal. */
class FirstAdminInitializerTests {

	final AccountRepository accounts = mock(AccountRepository.class);

	final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	FirstAdminInitializerTests() {
		messages.setBasename("messages");
	}

	@Test
	void aConfiguredPasswordThatIsEasyToGuessStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> initializer("aaaaaaaaaaaa").afterSingletonsInstantiated())
			.withMessageContaining("portal.admin.password")
			.withMessageContaining("Repeats like");
		assertThatIllegalStateException()
			.isThrownBy(() -> initializer("Admin@Example.eu").afterSingletonsInstantiated());
		verify(accounts, never()).save(any());
	}

	@Test
	void aGoodConfiguredPasswordMakesTheFirstAdmin() {
		initializer("zebra copper lantern orbit").afterSingletonsInstantiated();
		ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
		verify(accounts).save(saved.capture());
		assertThat(saved.getValue().getEmail()).isEqualTo("admin@example.eu");
		assertThat(passwordEncoder.matches("zebra copper lantern orbit", saved.getValue().getPassword())).isTrue();
		assertThat(saved.getValue().isMustChangePassword()).isFalse();
	}

	private FirstAdminInitializer initializer(String password) {
		return new FirstAdminInitializer(accounts, passwordEncoder, new PasswordStrength(), messages,
				" Admin@Example.eu", password);
	}

}
