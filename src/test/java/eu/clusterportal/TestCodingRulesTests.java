package eu.clusterportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Rules for the tests themselves.
 */
@AnalyzeClasses(packages = "eu.clusterportal", importOptions = ImportOption.OnlyIncludeTests.class)
class TestCodingRulesTests {

	// Spring Security's csrf() (and the form login built on it) replaces the token store
	// of the filter chain that MockMvc shares with the tests' real server by a session
	// one: every later sign-in page on that server would then write a session.
	// WebPages.csrf() sends a token as a browser does.
	@ArchTest
	static final ArchRule csrfTokensAsABrowserSendsThem = noClasses().should()
		.callMethod(SecurityMockMvcRequestPostProcessors.class, "csrf")
		.orShould()
		.callMethod(SecurityMockMvcRequestBuilders.class, "formLogin")
		.orShould()
		.callMethod(SecurityMockMvcRequestBuilders.class, "logout");

}
