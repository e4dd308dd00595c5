package eu.clusterportal.legal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How visitors reach the portal's operator: for feedback on accessibility, questions
 * about their data and anything else.
 *
 * @param email the address the statements give, as a link
 */
@ConfigurationProperties("portal.contact")
record ContactProperties(@DefaultValue("contact@localhost") String email) {

}
