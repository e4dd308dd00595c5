package eu.clusterportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole portal, with its demo content, on a real PostgreSQL database of the tests'
 * own, driven through MockMvc; {@link WebPages} reads its pages. Hibernate statistics are
 * on so that tests can count SQL statements.
 * <p>
 * Every test class with this annotation or {@link PortalServerTest} shares one Spring
 * context (and so one database): it serves on a random port as well and watches the
 * password encoder, so that no test needs a context of its own for either; its clock is a
 * {@link MovableClock}. A test that changes anything else of the context's configuration
 * costs a context and a database of its own: only do it when the test cannot work
 * otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The removal of abandoned uploads would add its statement to whatever a test counts. The
// upload limits are low, so that a test passes them with small files.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"portal.documents.cleanup-interval=P1D", "portal.documents.max-size=2MB",
				"spring.servlet.multipart.max-file-size=2100KB", "spring.servlet.multipart.max-request-size=2200KB" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, WebPagesConfiguration.class, FastPasswordHashing.class,
		MovableClockConfiguration.class })
// Sign-in tests count the password checks made.
@MockitoSpyBean(types = PasswordEncoder.class)
public @interface PortalIntegrationTest {

}
