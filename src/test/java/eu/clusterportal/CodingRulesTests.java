package eu.clusterportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;

/** Rules that keep classes of bugs from coming back. */
@AnalyzeClasses(packages = "eu.clusterportal", importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTests {

	// A stream of query results holds its database connection until it is closed, and one
	// left open takes a connection from the pool for good. The portal reads results as
	// lists.
	@ArchTest
	static final ArchRule noJdbcResultStreams = noClasses().should()
		.callMethodWhere(DescribedPredicate.describe("a Spring JDBC method that streams results",
				(JavaMethodCall call) -> call.getTargetOwner().getPackageName().startsWith("org.springframework.jdbc")
						&& (call.getName().equals("stream") || call.getName().equals("queryForStream"))));

	@ArchTest
	static final ArchRule noRepositoryStreams = methods().that()
		.areDeclaredInClassesThat()
		.areAssignableTo(Repository.class)
		.should()
		.notHaveRawReturnType(Stream.class);

	// A file's bytes are read piece by piece (content.DocumentFileContents): a repository
	// method that returns bytes reads a whole file into the heap at once.
	@ArchTest
	static final ArchRule noBytesFromRepositories = methods().that()
		.areDeclaredInClassesThat()
		.areAssignableTo(Repository.class)
		.should(new ArchCondition<JavaMethod>("not return bytes") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				if (method.getReturnType().getName().contains("byte[]")
						|| method.getRawReturnType().isEquivalentTo(byte[].class)) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns bytes"));
				}
			}
		});

	// Absolute URLs start with the configured PortalBaseUrl: the request's Host header is
	// whatever the client sent.
	@ArchTest
	static final ArchRule noAbsoluteUrlsFromTheRequest = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.web.servlet.support.ServletUriComponentsBuilder");

}
