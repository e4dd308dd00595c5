package eu.clusterportal.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	private final AccountRepository accounts;

	AccountWebConfiguration(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordChangeInterceptor(accounts)).addPathPatterns("/admin/**");
	}

}
