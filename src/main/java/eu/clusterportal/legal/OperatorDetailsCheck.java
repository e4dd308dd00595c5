package eu.clusterportal.legal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production portal ({@code portal.demo-content=false}) whose
 * statements would name a placeholder as the operator or the contact: the legal notice,
 * the privacy notice and the accessibility statement must say who answers. A singleton
 * made while the context starts, so the start fails before the web server opens. With the
 * demo content the placeholders are fine: they say what to set.
 */
@Component
@EnableConfigurationProperties({ ContactProperties.class, OperatorProperties.class })
class OperatorDetailsCheck {

	OperatorDetailsCheck(OperatorProperties operator, ContactProperties contact,
			@Value("${portal.demo-content:true}") boolean demoContent) {
		if (demoContent) {
			return;
		}
		List<String> placeholders = new ArrayList<>();
		if (isPlaceholder(operator.name())) {
			placeholders.add("PORTAL_OPERATOR_NAME (portal.operator.name)");
		}
		if (isPlaceholder(operator.address())) {
			placeholders.add("PORTAL_OPERATOR_ADDRESS (portal.operator.address)");
		}
		if (contact.email() == null || contact.email().isBlank() || contact.email().endsWith("@localhost")) {
			placeholders.add("PORTAL_CONTACT_EMAIL (portal.contact.email)");
		}
		if (!placeholders.isEmpty()) {
			throw new IllegalStateException("Without the demo content (PORTAL_DEMO_CONTENT=false) the portal needs "
					+ "its operator's details for the legal notice, the privacy notice and the accessibility "
					+ "statement; still placeholders: " + String.join(", ", placeholders) + ".");
		}
	}

	/** Unset, or the default that says what to set ("[Name of the operator: ...]"). */
	private static boolean isPlaceholder(String value) {
		return value == null || value.isBlank() || value.strip().startsWith("[");
	}

}
