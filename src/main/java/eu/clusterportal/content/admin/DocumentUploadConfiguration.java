package eu.clusterportal.content.admin;

import eu.clusterportal.content.DocumentProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reads the settings for documents' PDF uploads, and runs the removal of abandoned ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
@EnableScheduling
class DocumentUploadConfiguration {

}
