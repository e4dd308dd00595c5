package eu.clusterportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole portal, with its demo content, on a real PostgreSQL database of the tests'
 * own, driven through MockMvc; {@link WebPages} reads its pages. Hibernate statistics are on
 * so that tests can count SQL statements.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The removal of abandoned uploads would add its statement to whatever a test counts.
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"portal.documents.cleanup-interval=P1D" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, WebPagesConfiguration.class })
public @interface PortalIntegrationTest {

}
