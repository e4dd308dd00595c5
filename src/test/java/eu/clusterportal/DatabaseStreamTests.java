package eu.clusterportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * A stream of query results holds its database connection until it is closed, and one
 * left open takes a connection from the pool for good. The portal reads results as lists.
 */
@AnalyzeClasses(packages = "eu.clusterportal", importOptions = ImportOption.DoNotIncludeTests.class)
class DatabaseStreamTests {

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

}
