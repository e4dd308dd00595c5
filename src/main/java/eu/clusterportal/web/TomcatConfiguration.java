package eu.clusterportal.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes an answer to the socket in pieces the size of its write buffer, 8 KB by
 * default: the 120 KB China page took 15 system calls and as many copies. With 64 KB
 * pieces it takes two; the buffers are pooled with the connections.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	static final int SOCKET_WRITE_BUFFER = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer() {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER));
	}

}
