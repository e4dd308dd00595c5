package eu.clusterportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal, with its demo content, served on a random port by its real web
 * server, on a PostgreSQL database of the tests' own: the same context as
 * {@link PortalIntegrationTest}, named for the tests that send real HTTP requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PortalIntegrationTest
public @interface PortalServerTest {

}
