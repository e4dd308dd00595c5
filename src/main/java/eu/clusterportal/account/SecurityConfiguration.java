package eu.clusterportal.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Public pages stay public; everything under {@code /admin} needs an editor's or admin's
 * role and account management needs ADMIN; {@code /account} is for everyone signed in,
 * members too. Form sign-in at {@code /login} with the e-mail address; CSRF protection
 * stays on. A session is made only by signing in: until then the CSRF token and the page
 * asked for before signing in are kept in cookies, so that anonymous requests for the
 * sign-in or admin pages write nothing to the session store.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService accounts,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, SignInSuccessHandler signedIn,
			AccountRepository accountRepository) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		// A disabled account's password is checked like any other's: it costs the same
		// time, its failures count, and right or wrong it gets the answer a wrong
		// password gets.
		passwords.setPreAuthenticationChecks((user) -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusCheck(accountRepository));
		ExceptionMappingAuthenticationFailureHandler failed = new ExceptionMappingAuthenticationFailureHandler();
		failed.setDefaultFailureUrl("/login?error");
		// the page says why from its address; a session for the reason would be a write
		failed.setAllowSessionCreation(false);
		failed.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				UnconfirmedEmailException.class.getName(), "/login?unconfirmed"));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/accounts/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers("/cooperation/*/interest")
			.hasRole(Role.MEMBER.name())
			.anyRequest()
			.permitAll())
			// The only way to sign in: no other provider checks a password unthrottled.
			.authenticationManager(new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle)))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(signedIn)
				.failureHandler(failed)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?signed-out"))
			// RFC 8058: mail programs unsubscribe with a POST without a token; the link
			// is
			// signed instead
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens())
				.ignoringRequestMatchers(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe")))
			.requestCache((cache) -> cache.requestCache(signedIn.requestCache()))
			.addFilterAfter(new SecurityStampFilter(accountRepository), SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * The token in a cookie scripts cannot read (no script needs it: every form carries
	 * it), sent only with this site's own requests and navigations, in every language
	 * (the path prefix {@code /zh} is a context path to Spring).
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookiePath("/");
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

}
