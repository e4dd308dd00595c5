package eu.clusterportal.web;

import org.springframework.stereotype.Component;

/**
 * Lets templates link a stored address only when it follows {@link WebAddress}:
 * {@code th:href="${@webAddresses.orNull(entry.url)}"}. Pages then show the item without
 * the link, as they do for an item without an address.
 */
@Component("webAddresses")
public class WebAddressLinks {

	/** The address when it follows the rule, otherwise {@code null}. */
	public String orNull(String address) {
		return WebAddress.orElse(address, null);
	}

}
