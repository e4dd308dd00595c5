package eu.clusterportal.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes an answer to the socket in pieces the size of its write buffer, 8 KB by
 * default: the 120 KB China page took 15 system calls and as many copies. With 32 KB
 * pieces it takes four and costs half the CPU (64 KB gained nothing more). Each open
 * connection holds such a buffer, which is why {@code server.tomcat.max-connections} is
 * bounded.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	private static final int SOCKET_WRITE_BUFFER = 32 * 1024;

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer() {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER));
	}

}
