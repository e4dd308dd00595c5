package eu.clusterportal.legal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs the portal, as the legal and privacy notices name them. The defaults are
 * placeholders that say what to configure.
 *
 * @param name the organisation's name
 * @param address its postal address, on one line
 */
@ConfigurationProperties("portal.operator")
record OperatorProperties(@DefaultValue("[Name of the operator: set portal.operator.name]") String name,
		@DefaultValue("[Postal address of the operator: set portal.operator.address]") String address) {

}
