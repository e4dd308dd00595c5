package eu.clusterportal.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings for documents' PDF files.
 *
 * @param maxSize the largest PDF editors may upload; {@code spring.servlet.multipart.*}
 * must allow a little more, so that a slightly larger file still reaches the form's own
 * check and its clear message
 */
@ConfigurationProperties("portal.documents")
record DocumentProperties(@DefaultValue("20MB") DataSize maxSize) {
}
