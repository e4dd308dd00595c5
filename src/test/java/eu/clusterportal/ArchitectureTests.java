package eu.clusterportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: pages and editing depend on the domain, never the other
 * way, and only editing code uses editing code. Every package stays free of cycles, so
 * each can be understood on its own.
 */
@AnalyzeClasses(packages = "eu.clusterportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** Entities, repositories and the values built from them. */
	private static final String[] DOMAIN = { "eu.clusterportal.country", "eu.clusterportal.cluster",
			"eu.clusterportal.partnership", "eu.clusterportal.organisation", "eu.clusterportal.content",
			"eu.clusterportal.taxonomy", "eu.clusterportal.editorial", "eu.clusterportal.cooperation" };

	/**
	 * Packages that serve pages, feeds or editing forms, or cache them (the cache hears
	 * of every change through Hibernate, so the domain never needs to know of it).
	 */
	private static final String[] PAGES = { "eu.clusterportal.profile..", "eu.clusterportal.directory..",
			"eu.clusterportal.events..", "eu.clusterportal.news..", "eu.clusterportal.documents..",
			"eu.clusterportal.search..", "eu.clusterportal.site..", "eu.clusterportal.web..",
			"eu.clusterportal.outage..", "eu.clusterportal..admin..", "eu.clusterportal.cache..",
			"eu.clusterportal.requests.." };

	@ArchTest
	static final ArchRule packagesHaveNoCycles = slices().matching("eu.clusterportal.(**)").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule domainKnowsNothingOfTheWeb = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..")
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage(PAGES);

	@ArchTest
	static final ArchRule onlyEditingUsesEditing = noClasses().that()
		.resideOutsideOfPackage("eu.clusterportal..admin..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("eu.clusterportal..admin..");

}
