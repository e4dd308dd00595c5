package eu.clusterportal.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads and checks the portal's public address at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalBaseUrl.class)
class BaseUrlConfiguration {

}
